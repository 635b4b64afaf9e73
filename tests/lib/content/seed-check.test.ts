import { describe, expect, it } from 'vitest';
import {
  bodyFields,
  checkAgainstSeeds,
  isVerbatim,
  normalise,
  readingFor,
  seedCorpus,
  textFields,
} from '../../../src/lib/content/seed-check.ts';

const seeds = [
  {
    file: 'report.md',
    text: 'The local authority should **improve** the quality of\nsupervision for all social workers.\n\n| Area | Judgement |\n- Children in care are seen regularly.\n\nThe council’s plan said “soon”.',
  },
];
const corpus = seedCorpus(seeds);

describe('transcribed text is exact: checked against the source documents', () => {
  it('normalises quote marks and spaces only', () => {
    expect(normalise('  “Don’t”\u00A0\n stop ')).toBe('"Don\'t" stop');
  });

  it('finds text verbatim across a wrapped line, with markup removed', () => {
    expect(
      isVerbatim('The local authority should improve the quality of supervision for all social workers.', corpus),
    ).toBe(true);
    expect(isVerbatim('The council\'s plan said "soon".', corpus)).toBe(true);
    expect(isVerbatim('Children in care are seen regularly.', corpus)).toBe(true);
  });

  it('refuses a changed word, and checks each side of an ellipsis', () => {
    expect(isVerbatim('The local authority must improve the quality of supervision', corpus)).toBe(false);
    expect(isVerbatim('The local authority should improve … for all social workers.', corpus)).toBe(true);
    expect(isVerbatim('The local authority should improve … for some social workers.', corpus)).toBe(false);
    expect(isVerbatim('', corpus)).toBe(true);
  });

  it('collects text fields with their paths, skipping structural keys', () => {
    const fields = textFields('f.json', { title: 'T', ref: '1.1', items: [{ text: 'A' }], count: 3 });
    expect(fields).toEqual([
      { file: 'f.json', path: 'title', value: 'T' },
      { file: 'f.json', path: 'items[0].text', value: 'A' },
    ]);
    expect(bodyFields('b.mdx', '## Heading\n\nOne paragraph\nwrapped.\n\n- item one\n- item two')).toEqual([
      { file: 'b.mdx', path: 'body ¶1', value: 'Heading' },
      { file: 'b.mdx', path: 'body ¶2', value: 'One paragraph\nwrapped.' },
      { file: 'b.mdx', path: 'body ¶3', value: 'item one' },
      { file: 'b.mdx', path: 'body ¶4', value: 'item two' },
    ]);
  });

  it('requires a reading for every field that is not verbatim, and reports readings that cover nothing', () => {
    const fields = [
      { file: 'src/content/inspections/x/r.json', path: 'judgements[0].area', value: 'Overall effectiveness' },
      { file: 'src/content/inspections/x/r.json', path: 'title', value: 'Made up' },
      { file: 'src/content/inspections/x/r.json', path: 'summary', value: 'Children in care are seen regularly.' },
    ];
    const readings = [
      { file: 'inspections/*/r.json', path: 'judgements[*].area', note: 'The table heading' },
      { file: 'notices/*/n.json', path: 'title', note: 'unused' },
    ];
    expect(readingFor(fields[0]!, readings)).toBe(readings[0]);
    expect(readingFor(fields[1]!, readings)).toBeUndefined();
    const result = checkAgainstSeeds(fields, seeds, readings);
    expect(result.checked).toBe(3);
    expect(result.unmatched.map((f) => f.path)).toEqual(['title']);
    expect(result.unusedReadings).toEqual([readings[1]]);
  });
});
