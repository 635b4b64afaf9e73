import { describe, expect, it } from 'vitest';
import { parseContent } from '../src/lib/content/parse-content.ts';
import { checkAgainstSeeds, contentFields, isVerbatim, seedCorpus } from '../src/lib/content/seed-check.ts';
import { bundledFiles, bundledSources, withJson } from './helpers.ts';
import { seedReadings } from './seed-readings.ts';

const fieldsOf = (files = bundledFiles) => {
  const { content, problems } = parseContent(files);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return contentFields(content);
};
const describeField = (f: { file: string; path: string; value: string }) =>
  `${f.file}: ${f.path}: ${JSON.stringify(f.value.slice(0, 120))}`;

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

  it('finds every plain-text field in the seeds, or a reading that says how it was read', () => {
    const result = checkAgainstSeeds(fieldsOf(), seeds, seedReadings);
    expect(result.checked).toBeGreaterThan(700);
    expect(result.unmatched.map(describeField)).toEqual([]);
    expect(result.unusedReadings.map((r) => `${r.file} ${r.path}`)).toEqual([]);
    expect(seedReadings.length).toBeLessThanOrEqual(20);
  });

  it('fails on one altered word of a transcribed field', () => {
    const altered = withJson('notices/torbay/improvement-notice-2011.json', (d) => {
      d.measures[0].text = d.measures[0].text.replace(
        'consistent and high quality referrals',
        'consistent and good quality referrals',
      );
    });
    const result = checkAgainstSeeds(fieldsOf(altered), seeds, seedReadings);
    expect(result.unmatched.map((f) => `${f.file}: ${f.path}`)).toEqual([
      'src/content/notices/torbay/improvement-notice-2011.json: measures[0].text',
    ]);
  });

  it('fails on an altered word in a plan cell that continues after a page break', () => {
    const altered = withJson('plan-versions/torbay/improvement-plan/v1.json', (d) => {
      const actions = d.themes[0].objectives[0].actions[0].actions;
      actions[1] = actions[1].replace('challenging those who are accountable', 'challenging those who are responsible');
    });
    const result = checkAgainstSeeds(fieldsOf(altered), seeds, seedReadings);
    expect(result.unmatched.map((f) => f.path)).toEqual(['themes[0].objectives[0].actions[0].actions[1]']);
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
