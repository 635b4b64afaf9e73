import { describe, expect, it } from 'vitest';
import { defaultRoots, parseContent, readEntry, type SourceFile } from '../../../src/lib/content/parse-content.ts';
import { readingsOf, sourceDocumentOf } from '../../../src/lib/content/collections.ts';
import { bundledFiles, threeFiles, threeRoots } from '../fixtures.ts';

const file = (path: string, text: string): SourceFile => ({ root: 'content', path, text });
const authority = JSON.stringify({
  name: 'Northshire County Council',
  shortName: 'Northshire',
  partners: [],
  roles: [],
});

describe('every file becomes an entry or is reported', () => {
  it('reads the bundled content without a problem, every file into a collection but its source documents', () => {
    const { content, problems } = parseContent(bundledFiles);
    expect(problems).toEqual([]);
    const entries = Object.values(content).reduce((n, list) => n + list.length, 0);
    const sources = bundledFiles.filter((f) => sourceDocumentOf(f.root, f.path));
    const readings = bundledFiles.filter((f) => readingsOf(f.root, f.path));
    expect(sources).toHaveLength(5);
    expect(readings).toHaveLength(2);
    // The site's settings (site.json) are content of no collection, too.
    expect(entries).toBe(bundledFiles.length - sources.length - readings.length - 1);
    expect(content.authorities.map((a) => a.id)).toEqual(['torbay', 'worcestershire']);
    expect(defaultRoots).toEqual({ content: 'src/content', data: 'data' });
  });

  it('names files by their root in messages', () => {
    const { problems } = parseContent([file('authorities/northshire.json', '{')], threeRoots);
    expect(problems[0]!.file).toBe('tests/fixtures/three-versions/content/authorities/northshire.json');
  });

  it('refuses a file in no collection, saying where files go', () => {
    const { problems } = parseContent([file('plans/northshire.json', authority)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('src/content/plans/northshire.json');
    expect(problems[0]!.message).toMatch(/authorities\/\*\.json/);
  });

  it('keeps source documents in sources/<authority>/<name>.txt beside the content, never as entries', () => {
    const { content, problems } = parseContent([
      file('sources/northshire/notice-2024.txt', 'The Secretary of State directs …'),
      file('sources/northshire/readings.json', '{ "readings": [] }'),
    ]);
    expect(problems).toEqual([]);
    expect(Object.values(content).flat()).toEqual([]);
    const misplaced = [
      'sources/northshire/notice-2024.pdf',
      'sources/northshire/x/n.txt',
      'sources/notice-2024.txt',
      'sources/readings.json',
    ];
    expect(parseContent(misplaced.map((p) => file(p, 'text'))).problems.map((p) => `${p.file}: ${p.message}`)).toEqual(
      misplaced.map(
        (p) =>
          `src/content/${p}: is in the folder for source documents, but is not one: a source document is a plain-text file (.txt) in src/content/sources/<authority>/, e.g. src/content/sources/torbay/improvement-notice-2011.txt, beside which only readings.json (how fields were read) may stand; move the file there, or delete it`,
      ),
    );
    // In the data root, sources/ is no special folder.
    expect(parseContent([{ root: 'data', path: 'sources/northshire/n.txt', text: '' }]).problems[0]!.message).toMatch(
      /belongs to no collection/,
    );
  });

  it('refuses a BOM, invisible characters, bad JSON, unknown fields and bad names, each in words', () => {
    const one = (path: string, text: string) =>
      readEntry(file(path, text), 'authorities', `src/content/${path}`).problems;
    expect(one('authorities/northshire.json', `\uFEFF${authority}`)[0]!.message).toMatch(
      /^starts with an invisible byte-order mark \(BOM\)/,
    );
    expect(one('authorities/northshire.json', authority.replace('Northshire"', 'North\u0007shire"'))[0]!.message).toBe(
      'line 1 contains an invisible character (U+0007): delete it and retype the text around it',
    );
    expect(one('authorities/northshire.json', '{\n"name": "N"\n"shortName": "N"}')[0]!.message).toMatch(
      /^is not valid JSON at line 3, column 1: .*a comma is missing/,
    );
    const unknown = one('authorities/northshire.json', authority.replace('"roles"', '"role"'));
    expect(unknown.map((p) => [p.path, p.message.split(':')[0]])).toContainEqual([
      'role',
      '"role" is not a field here',
    ]);
    expect(one('authorities/North Shire.json', authority)[0]!.message).toMatch(
      /^the authority's file name .* rename the file$/,
    );
  });

  it('reads an entry as the build does: raw data, data with defaults, body and its HTML on request', () => {
    const mdx = threeFiles.find((f) => f.path === 'plan-versions/fixture/plan/v1.mdx')!;
    const plain = readEntry(mdx, 'planVersions', 'x.mdx');
    expect(plain.problems).toEqual([]);
    expect(plain.entry).toMatchObject({ collection: 'planVersions', id: 'fixture/plan/v1', file: 'x.mdx' });
    expect(plain.entry!.html).toBeUndefined();
    const rendered = readEntry(mdx, 'planVersions', 'x.mdx', { render: true });
    expect(typeof rendered.entry!.html).toBe('string');
    const withScript = readEntry({ ...mdx, text: `${mdx.text}\n\n<script>x</script>\n` }, 'planVersions', 'x.mdx');
    expect(withScript.entry).toBeUndefined();
    expect(withScript.problems[0]!.message).toMatch(/^line \d+: the HTML tag "<script>" is not allowed/);
  });

  it('gives the same content whatever order the files come in', () => {
    const forward = parseContent(threeFiles, threeRoots).content;
    const backward = parseContent([...threeFiles].reverse(), threeRoots).content;
    expect(backward.planVersions.map((v) => v.id)).toEqual(forward.planVersions.map((v) => v.id));
  });
});
