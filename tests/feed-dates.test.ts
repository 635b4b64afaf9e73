// Claim 4 of issue 24: Atom feeds stamped a day and time on month- and year-only dates, and
// "2011-01-01T00:00:00Z" on a notice whose "Date" line is blank, with nothing visible to say so.
// The rule now (src/lib/publishing/feeds.ts): the timestamp is the first instant the date can mean,
// and the entry's visible text says the date at its precision, inferred dates as inferred.
import { describe, expect, it } from 'vitest';
import { atomFeed, feedEntries, feedInstant, feedSummary } from '../src/lib/publishing/feeds.ts';
import { bundledGraph } from './lib/fixtures.ts';

const graph = bundledGraph();
const torbay = graph.authorityBySlug.get('torbay')!;
const feed = atomFeed({
  title: 'Torbay',
  siteUrl: 'https://example.org',
  path: '/torbay/feed.xml',
  alternatePath: '/torbay/',
  author: 'Torbay Council',
  licence: 'Open Government Licence',
  entries: feedEntries(torbay),
});

describe('feeds write a date at the precision known (claim 4)', () => {
  it('says in the notice entry that 2011 is inferred and that no day is given', () => {
    const notice = feedEntries(torbay).find((e) => e.node.kind === 'notice')!;
    expect(feedSummary(notice)).toMatch(
      /Dated 2011 \(inferred\); no day is given, so the entry's time is the start of 2011\.$/,
    );
  });

  it('says the precision of every entry whose timestamp says more than its source', () => {
    for (const entry of feedEntries(torbay)) {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(entry.date);
      if (!day) expect(feedSummary(entry), entry.title).toMatch(/Dated [^;]+; /);
      if (day && !entry.note?.inferred) expect(feedSummary(entry)).toBe(entry.summary);
    }
  });

  it('stamps the first instant of the period, never a day inside it', () => {
    expect(feedInstant('2011')).toBe('2011-01-01T00:00:00.000Z');
    expect(feedInstant('2019-10')).toBe('2019-10-01T00:00:00.000Z');
    expect(feedInstant('2019-10-15/2019-10-17')).toBe('2019-10-15T00:00:00.000Z');
    expect(feedInstant('FY2013/14')).toBe('2013-04-01T00:00:00.000Z');
    expect(feed).not.toMatch(/<summary[^>]*>[^<]*1 January 2011/);
  });
});
