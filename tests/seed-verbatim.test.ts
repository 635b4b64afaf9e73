import { describe, expect, it } from 'vitest';
import { parseContent, type SourceFile } from '../src/lib/content/parse-content.ts';
import { isVerbatim, seedCorpus } from '../src/lib/content/seed-check.ts';
import { checkSources } from '../src/lib/graph/integrity/sources.ts';
import { readingsOf } from '../src/lib/content/collections.ts';
import { bundledFiles, bundledSources, withJson } from './helpers.ts';

/** The verbatim check that npm run check runs, on a set of files. */
const verbatimOf = (files: readonly SourceFile[] = bundledFiles) => {
  const { content, problems } = parseContent(files);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return checkSources(content, files, 'src/content');
};
const located = (p: { file: string; path: string; message: string }) => `${p.file}: ${p.path}: ${p.message}`;

describe('seed-verbatim check: the bundled content says only what the sources say', () => {
  // The fixture's source documents, kept beside its content (sources/<authority>/<file>.txt).
  const seeds = bundledSources;

  it('reads the five source documents the content names', () => {
    expect(seeds.map((s) => s.file)).toEqual([
      'torbay-improvement-notice-2011.txt',
      'torbay-improvement-plan-v1-2019-10.txt',
      'torbay-joint-statement-2016.txt',
      'torbay-peer-review-response-2012.txt',
      'worcestershire-improvement-notice-2011.txt',
    ]);
  });

  it('finds every transcribed field in its sources, or a reading that says how it was read', () => {
    const result = verbatimOf();
    expect(result.fields).toBeGreaterThan(700);
    // Fields neither verbatim nor read, and readings that cover nothing, are both problems.
    expect(result.problems.map(located)).toEqual([]);
    // The readings are the content's own (sources/<authority>/readings.json), and few.
    const readings = bundledFiles
      .filter((f) => readingsOf(f.root, f.path))
      .flatMap((f) => JSON.parse(f.text).readings as unknown[]);
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.length).toBeLessThanOrEqual(20);
  });

  it('fails on one altered word of a transcribed field', () => {
    const altered = withJson('notices/torbay/improvement-notice-2011.json', (d) => {
      d.measures[0].text = d.measures[0].text.replace(
        'consistent and high quality referrals',
        'consistent and good quality referrals',
      );
    });
    const result = verbatimOf(altered);
    expect(result.problems.map((f) => `${f.file}: ${f.path}`)).toEqual([
      'src/content/notices/torbay/improvement-notice-2011.json: measures[0].text',
    ]);
  });

  it('fails on an altered word in a plan cell that continues after a page break', () => {
    const altered = withJson('plan-versions/torbay/improvement-plan/v1.json', (d) => {
      const actions = d.themes[0].objectives[0].actions[0].actions;
      actions[1] = actions[1].replace('challenging those who are accountable', 'challenging those who are responsible');
    });
    const result = verbatimOf(altered);
    expect(result.problems.map((f) => f.path)).toEqual(['themes[0].objectives[0].actions[0].actions[1]']);
  });

  it('normalises whitespace and quote marks, and accepts a cell joined across a page break, but not a changed word', () => {
    const corpus = seedCorpus(seeds);
    expect(isVerbatim('children’s  services alone', corpus)).toBe(true);
    expect(
      isVerbatim(
        'Senior leaders need to be effective in understanding the priorities to delivering services to children, challenging those who are accountable and tasked with delivery to ensure services continually improve.',
        corpus,
      ),
    ).toBe(true);
    expect(isVerbatim('The August 2018 Inspection report contains 16 detailed recommendations …', corpus)).toBe(true);
    expect(isVerbatim('The August 2018 Inspection report contains 17 detailed recommendations …', corpus)).toBe(false);
    expect(isVerbatim('Monitoring visit january', corpus)).toBe(false);
  });
});
