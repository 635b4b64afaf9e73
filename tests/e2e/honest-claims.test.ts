// Issue 12 in the built site: what pages derive and say around the transcribed text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveFile } from './server.ts';
import { siteDir } from './site.ts';

/** A built page's text as read on screen: print-only endnote markers and endnotes left out. */
const textOf = (path: string) =>
  readFileSync(resolveFile(siteDir, path)!, 'utf8')
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/g, '')
    .replace(/<span class="app-print-only"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<section class="app-print-only app-endnotes"[\s\S]*?<\/section>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('issue 12 in the built site', () => {
  it("finding 1: the January visit page gives the plan's date in its words, and no letter date", () => {
    const text = textOf('/torbay/inspections/ofsted-2018/monitoring-visits/january-2019/');
    expect(text).toContain('A date the plan gives for it 1 February 2019');
    expect(text).not.toContain("Inspector's letter");
    expect(text).toContain('Inference The plan gives two dates');
  });

  it('finding 3: the leads page has no "Actions led by PeopleToo", and lists it apart in the plan\'s words', () => {
    const text = textOf('/torbay/plans/improvement-plan/leads/');
    expect(text).not.toMatch(/Actions led by (PeopleToo|Sufficiency task group)/);
    expect(text).toContain('Named in a lead, not as lead');
    expect(text).toContain('the plan names PeopleToo in its lead as “working in conjunction with PeopleToo”');
  });

  it('finding 4: action 1.2.2 says it answers recommendations through objective 1.2', () => {
    const text = textOf('/torbay/plans/improvement-plan/actions/1.2.2/');
    expect(text).toContain('Recommendations, through its objective Objective 1.2 answers recommendations 1 and 11.');
    expect(text).not.toMatch(/\bAnswers Recommendation/);
    expect(textOf('/torbay/inspections/ofsted-2018/')).toContain(
      'Through objective 2.6 (6 actions) in Version 1 of the plan',
    );
  });

  it('finding 5: the Worcestershire timeline does not say who issued the notice; the peer review names no notice', () => {
    expect(textOf('/worcestershire/timeline/')).not.toContain('Department for Education');
    expect(textOf('/worcestershire/notices/improvement-notice-2011/')).toMatch(
      /Issued by Not (named in the notice|in the source)/,
    );
    expect(textOf('/worcestershire/notices/improvement-notice-2011/')).not.toContain(
      'Issued by Department for Education',
    );
    expect(textOf('/torbay/peer-reviews/peer-review-2012/')).toContain('Improvement notice Not named');
  });

  it("left from last round (issue 24): Torbay's 2011 notice names no issuer, on its page or the timeline", () => {
    expect(textOf('/torbay/notices/improvement-notice-2011/')).toMatch(/Issued by Not in the source/);
    expect(textOf('/torbay/timeline/')).not.toMatch(/issued by the Department for Education/);
  });

  it('finding 6: the register and Torbay\'s overview say "October 2019" with the reason, never an invented day', () => {
    for (const path of ['/', '/torbay/']) {
      const text = textOf(path);
      expect(text, path).toContain(
        "None overdue as of October 2019. Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
      );
      expect(text, path).not.toMatch(/\b\d{1,2} October 2019|Position as of/);
    }
  });

  it("finding 7: Torbay's notice reviews are reviews after the month's data, not deadlines; the indicator gives no baseline it lacks", () => {
    const text = textOf('/torbay/timeline/');
    expect(text).toContain('After March 2011 Review');
    expect(text).not.toContain('Deadline');
    expect(textOf('/torbay/indicators/initial-assessments/')).toContain(
      "give this indicator's targets but no baseline",
    );
    expect(textOf('/worcestershire/indicators/initial-assessments/')).toContain(
      "give this indicator's baseline and targets",
    );
  });

  it("finding 8: timescales as the plan writes them, months capitalised, glossary marked as the site's", () => {
    expect(textOf('/torbay/plans/improvement-plan/actions/1.1.2/')).toContain('31 st December 2019');
    expect(textOf('/torbay/timeline/')).not.toMatch(/\bjanuary\b/);
    expect(textOf('/glossary/')).toContain(
      'written by this site to help readers; they are not quoted from the source documents',
    );
    const statement = textOf('/torbay/statements/pr5220-2016-01-05/');
    expect(statement).toContain('About this transcription');
    expect(statement).not.toContain('nothing is added');
  });
});
