import { describe, expect, it } from 'vitest';
import { emptyContentSet } from '../../../src/lib/content/content.ts';
import { buildTime, publishable, templateBodyProblems, withheldReason } from '../../../src/lib/content/publication.ts';
import { templateText } from '../../../src/schemas/statement.ts';

const now = Date.parse('2026-12-01T09:30:00Z');

describe('drafts and embargoes', () => {
  it("withholds a draft and an embargo not yet passed, saying why in an author's words", () => {
    expect(withheldReason({ draft: true }, now)).toBe(
      'it is a draft (untick "Draft", or remove draft: true, to publish it)',
    );
    expect(withheldReason({ draft: false, publishAt: '2026-12-01T09:31:00Z' }, now)).toBe(
      'it is embargoed until 2026-12-01T09:31:00Z',
    );
    expect(withheldReason({ draft: false, publishAt: '2026-12-01T09:30:01Z' }, now)).toBe(
      'it is embargoed until 2026-12-01T09:30:01Z',
    );
    expect(withheldReason({ draft: false, publishAt: '2026-12-01T09:30:00Z' }, now)).toBeUndefined();
    expect(withheldReason({ draft: false }, now)).toBeUndefined();
  });

  it('reads an embargo without a zone as UK time (GMT in December, BST in June)', () => {
    expect(withheldReason({ draft: false, publishAt: '2026-12-01 09:30' }, now)).toBeUndefined();
    const june = Date.parse('2026-06-01T08:30:00Z');
    expect(withheldReason({ draft: false, publishAt: '2026-06-01 09:30' }, june)).toBeUndefined();
    expect(withheldReason({ draft: false, publishAt: '2026-06-01 09:31' }, june)).toBe(
      'it is embargoed until 2026-06-01 09:31',
    );
  });

  it('leaves withheld statements out of the content a build publishes, and lists them', () => {
    const content = emptyContentSet();
    const statement = (id: string, data: object) => ({ id, file: `${id}.mdx`, data: data as never, body: '' });
    content.statements.push(statement('t/a', { draft: true }), statement('t/b', { draft: false }));
    const result = publishable(content, now);
    expect(result.content.statements.map((s) => s.id)).toEqual(['t/b']);
    expect(result.withheld).toEqual([{ file: 't/a.mdx', id: 't/a', reason: expect.stringMatching(/^it is a draft/) }]);
    expect(content.statements).toHaveLength(2);
  });

  it('builds at BUILD_TIME when set, else the clock, and refuses a bad one with an example', () => {
    expect(buildTime({}, () => 42)).toBe(42);
    expect(buildTime({ BUILD_TIME: '' }, () => 42)).toBe(42);
    expect(buildTime({ BUILD_TIME: '2026-12-01T09:30:00Z' })).toBe(now);
    expect(() => buildTime({ BUILD_TIME: 'soon' })).toThrow(
      'BUILD_TIME="soon" is not a date and time: write e.g. 2026-12-01T09:30:00Z',
    );
  });

  it("refuses a statement body still holding the template's example text", () => {
    const entries = [
      { id: 't/a', file: 'a.mdx', data: {} as never, body: `Intro\n\n${templateText.body}` },
      { id: 't/b', file: 'b.mdx', data: {} as never, body: 'Our own words.' },
    ];
    expect(templateBodyProblems(entries)).toEqual([
      {
        file: 'a.mdx',
        path: 'body',
        message: `${JSON.stringify(templateText.body)} is the template's example text: replace it with the statement itself`,
      },
    ]);
  });
});
