import { describe, expect, it } from 'vitest';
import { defaultRoots, parseContent, type SourceFile } from '../../../../src/lib/content/parse-content.ts';
import { checkSources, describeSourceCheck } from '../../../../src/lib/graph/integrity/sources.ts';
import { bundledFiles, otherFiles, otherRoots, withJson } from '../../../helpers.ts';

/** The verbatim check of a set of content files, as npm run check runs it (the default roots name them in messages). */
function verbatim(files: readonly SourceFile[], folder = defaultRoots.content) {
  const { content, problems } = parseContent(files, { content: folder, data: defaultRoots.data });
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return checkSources(content, files, folder);
}
const rules = (files: readonly SourceFile[]) => verbatim(files).problems.map((p) => `${p.rule} ${p.file}: ${p.path}`);
const NOTICE = 'notices/torbay/improvement-notice-2011.json';
const STATEMENT = 'statements/torbay/pr5220-2016-01-05.mdx';
const READINGS = 'sources/torbay/readings.json';

/** The bundled files with one text file changed by `edit`. */
const withText = (path: string, edit: (text: string) => string, files = bundledFiles): SourceFile[] =>
  files.map((f) => (f.path === path ? { ...f, text: edit(f.text) } : f));

describe('source rules: transcribed words are found in the source files beside the content', () => {
  it('passes the bundled content, every transcribed document checked', () => {
    const check = verbatim(bundledFiles);
    expect(check.problems).toEqual([]);
    expect(check.documents).toBe(15);
    expect(check.fields).toBeGreaterThan(700);
    expect(check.unchecked).toEqual([]);
  });

  it('names the field, the file and the nearest text of the source for a changed word, with the fix', () => {
    const altered = withJson(NOTICE, (d) => {
      d.measures[0].text = d.measures[0].text.replace('high quality referrals', 'good quality referrals');
    });
    const problems = verbatim(altered).problems;
    expect(problems.map((p) => `${p.rule} ${p.file}: ${p.path}`)).toEqual([
      `source.not-verbatim src/content/${NOTICE}: measures[0].text`,
    ]);
    expect(problems[0]!.rule).toBe('source.not-verbatim');
    const message = problems[0]!.message;
    expect(message).toContain('is not word for word in "torbay-improvement-notice-2011.txt"');
    expect(message).toMatch(/The nearest text there is "[^"]*consistent and high quality referrals/);
    expect(message).toMatch(/where this field has "[^"]*consistent and good quality referrals/);
    expect(message).toContain("Correct the words to the source's, or");
    expect(message).toContain('add a reading saying how it was read to src/content/sources/torbay/readings.json');
  });

  it("looks for a document's words only in the files it names, not in its council's other sources", () => {
    // Words of Torbay's plan, which the notice does not name as its source.
    const borrowed = withJson(NOTICE, (d) => {
      d.measures[0].text = 'Senior leaders need to be effective in understanding the priorities';
    });
    expect(rules(borrowed)).toEqual([`source.not-verbatim src/content/${NOTICE}: measures[0].text`]);
  });

  it('never checks a statement written for the site, and checks it once it says it is transcribed', () => {
    const rewrite = (origin: string) =>
      withText(STATEMENT, (t) =>
        t
          .replace(/^---\n/, `---\norigin: "${origin}"\n`)
          .replace('Torbay Council', 'Torbay Council, in its own words,'),
      );
    expect(rules(rewrite('original'))).toEqual([]);
    expect(verbatim(rewrite('original')).documents).toBe(14);
    expect(rules(rewrite('transcribed')).length).toBeGreaterThan(0);
    expect(rules(rewrite('transcribed'))[0]).toMatch(/^source\.not-verbatim src\/content\/statements\//);
  });

  it("refuses a source file that is not in the authority's sources folder, naming those that are", () => {
    const altered = withJson(NOTICE, (d) => {
      d.sources[0].file = 'torbay-notice-2011.txt';
    });
    const problems = verbatim(altered).problems;
    // Its readings are not reported as unused: the document was not checked.
    expect(problems.map((p) => `${p.rule} ${p.path}`)).toEqual(['source.unknown-file sources[0].file']);
    expect(problems[0]!.rule).toBe('source.unknown-file');
    expect(problems[0]!.message).toContain(
      'names the source file "torbay-notice-2011.txt", but src/content/sources/torbay/ has no such file: its source files are',
    );
    expect(problems[0]!.message).toContain('"torbay-improvement-notice-2011.txt"');
  });

  it('refuses a reading that covers nothing, and a readings file that is not one', () => {
    const unused = withText(READINGS, (t) => {
      const data = JSON.parse(t);
      data.readings.push({ file: NOTICE, path: 'measures[0].text', note: 'no longer needed' });
      return JSON.stringify(data);
    });
    expect(rules(unused)).toEqual([`source.unused-reading src/content/${READINGS}: readings[12]`]);
    expect(verbatim(unused).problems[0]!.rule).toBe('source.unused-reading');
    const broken = withText(READINGS, () => '{ "readings": [ { "file": "x.json" } ] }');
    const problems = verbatim(broken).problems;
    expect(problems[0]!.rule).toBe('source.invalid-readings');
    expect(problems[0]!.file).toBe(`src/content/${READINGS}`);
    expect(problems[0]!.path).toBe('readings[0].path');
    expect(problems[0]!.message).toMatch(/^is missing\./);
    expect(problems[0]!.message).not.toMatch(/Invalid input/);
    // Without its readings, the fields they covered are reported.
    expect(problems.filter((p) => p.rule === 'source.not-verbatim').length).toBeGreaterThan(20);
  });

  it("checks another council's content against its own sources, and says which documents have none", () => {
    const check = verbatim(otherFiles, otherRoots.content);
    expect(check.problems).toEqual([]);
    expect(check.documents).toBe(1);
    expect(check.fields).toBeGreaterThan(10);
    expect(check.unchecked).toHaveLength(12); // with Eastborough's two monitoring visits, which name no source file
    expect(describeSourceCheck(check)[1]).toMatch(
      /^12 transcribed documents have no source file beside them: their words were not checked\./,
    );
    const altered = withJson(
      'notices/westshire/improvement-notice-2015.json',
      (d) => {
        d.measures[1].text = 'ensure that supervision is regular and reviewed (test fixture).';
      },
      otherFiles,
    );
    const problems = verbatim(altered, otherRoots.content).problems;
    expect(problems.map((p) => `${p.rule} ${p.path}`)).toEqual(['source.not-verbatim measures[1].text']);
    expect(problems[0]!.message).toContain('"westshire-improvement-notice-2015.txt"');
    expect(problems[0]!.message).toContain('regular and recorded');
  });
});
