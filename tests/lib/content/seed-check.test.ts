import { describe, expect, it } from 'vitest';
import {
  bodyFields,
  checkAgainstSeeds,
  isVerbatim,
  nearestText,
  normalise,
  readingFor,
  seedCorpus,
  textFields,
  wordIndex,
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

  it('finds the nearest text of the source around the first word that differs', () => {
    const index = wordIndex(corpus);
    expect(nearestText('The local authority must improve the quality of supervision', index, 3)).toEqual({
      source: 'The local authority should improve the quality …',
      field: 'The local authority must improve the quality …',
    });
    // A field that starts before the source's first word still finds it.
    expect(nearestText('Report: The local authority should improve the quality', index, 2)?.source).toBe('The local …');
    expect(nearestText('Nothing here is in it', index)).toBeUndefined();
  });

  it('finds the nearest text in time linear in the source and the field, not their product', () => {
    // A 2 MB source (the most a content file may hold) of one repeated paragraph, and a long field.
    const paragraph = 'The council must improve the timeliness of assessments for children in need of help. ';
    const big = seedCorpus([{ file: 'big.txt', text: paragraph.repeat(Math.floor(2_000_000 / paragraph.length)) }]);
    const started = performance.now();
    const index = wordIndex(big);
    const field = paragraph.repeat(200).replace(/timeliness/g, 'quality');
    const near = nearestText(field, index);
    expect(near?.source).toContain('improve the timeliness of');
    expect(near?.field).toContain('improve the quality of');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
