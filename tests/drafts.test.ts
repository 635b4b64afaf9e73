// Drafts and embargoes (interfaces.md item 4): withheld statements never reach the graph a build
// renders; the check still validates them.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { parseContent, type SourceFile } from '../src/lib/content/parse-content.ts';
import { buildTime, publishable, withheldReason } from '../src/lib/content/publication.ts';
import { parseDateTime } from '../src/schemas/common.ts';
import { bundledFiles, problemsOf } from './helpers.ts';

const statementPath = 'statements/torbay/pr5220-2016-01-05.mdx';
/** The bundled files with a second statement, whose frontmatter ends with `extra`. */
function withStatement(extra: string, body = 'The board met today.'): SourceFile[] {
  const text = `---
title: "Board meets"
date: "2019-11-20"
kind: "statement"
summary: "The improvement board met."
signatories: ["Torbay Council"]
sources: [{ title: "Press release" }]
${extra}
---

${body}
`;
  return [...bundledFiles, { root: 'content', path: 'statements/torbay/board-meets-2019-11-20.mdx', text }];
}
const at = (iso: string) => Date.parse(iso);

describe('drafts and embargoes', () => {
  it('leaves a draft out of the graph, and says why', () => {
    const { content, problems } = parseContent(withStatement('draft: true'));
    expect(problems).toEqual([]);
    const { content: published, withheld } = publishable(content, at('2030-01-01T00:00:00Z'));
    expect(withheld).toEqual([
      {
        file: 'src/content/statements/torbay/board-meets-2019-11-20.mdx',
        id: 'torbay/board-meets-2019-11-20',
        reason: expect.stringContaining('draft'),
      },
    ]);
    const graph = buildGraph(published);
    expect([...graph.statements.keys()]).toEqual(['torbay/pr5220-2016-01-05']);
    expect(graph.authorityBySlug.get('torbay')!.statements.map((s) => s.slug)).toEqual(['pr5220-2016-01-05']);
  });

  it('keeps an embargoed statement out of builds made before its time, and publishes it after', () => {
    const { content } = parseContent(withStatement('publishAt: "2019-11-20 09:30"'));
    const before = publishable(content, at('2019-11-20T09:29:59Z'));
    expect(before.content.statements.map((s) => s.id)).toEqual(['torbay/pr5220-2016-01-05']);
    expect(before.withheld[0]!.reason).toBe('it is embargoed until 2019-11-20 09:30');
    // 09:30 UK time in November is 09:30 UTC; in July it is 08:30 UTC.
    expect(publishable(content, at('2019-11-20T09:30:00Z')).content.statements).toHaveLength(2);
    expect(parseDateTime('2019-07-01 09:30')).toBe(at('2019-07-01T08:30:00Z'));
    expect(parseDateTime('2019-07-01T09:30:00+02:00')).toBe(at('2019-07-01T07:30:00Z'));
    expect(parseDateTime('2019-02-30 09:30')).toBeUndefined();
  });

  it("refuses an embargo that is not a date and time, in the author's words", () => {
    const [problem] = problemsOf(withStatement('publishAt: "next Tuesday"'));
    expect(problem).toMatchObject({
      path: 'publishAt',
      message: expect.stringContaining('"next Tuesday" is not a date and time: write YYYY-MM-DD HH:MM in UK time'),
    });
  });

  it('still checks a draft: a broken draft is reported, not silently skipped', () => {
    const [problem] = problemsOf(withStatement('draft: true\nkind: "memo"'.replace('kind: "memo"', 'reference: ""')));
    expect(problem).toMatchObject({ file: expect.stringContaining('board-meets'), path: 'reference' });
  });

  it('takes the build time from BUILD_TIME when given, else the clock', () => {
    expect(buildTime({ BUILD_TIME: '2019-11-20T09:30:00Z' })).toBe(at('2019-11-20T09:30:00Z'));
    expect(buildTime({}, () => 42)).toBe(42);
    expect(() => buildTime({ BUILD_TIME: 'soon' })).toThrow('is not a date and time');
    expect(withheldReason({ draft: false, publishAt: undefined }, 0)).toBeUndefined();
  });

  it("refuses the template's example body", () => {
    const problems = problemsOf(withStatement('', 'Write the statement here, one paragraph per block of text.'));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'body', message: expect.stringContaining("is the template's example text") }),
    ]);
    expect(bundledFiles.some((f) => f.path === statementPath)).toBe(true);
  });
});
