import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/lib/views/common.ts';
import { statementProvenance, statementsView, statementView } from '../../../src/lib/views/statement.ts';
import type { StatementNode } from '../../../src/lib/graph/graph.ts';
import { bundledGraph } from '../fixtures.ts';
import { readable } from './readable.ts';

const torbay = bundledGraph().authorityBySlug.get('torbay')!;
const statement = torbay.statements[0]!;
const withData = (data: Partial<StatementNode['data']>, extra: Partial<StatementNode> = {}): StatementNode =>
  ({ ...statement, ...extra, data: { ...statement.data, ...data } }) as StatementNode;

describe('the statement pages', () => {
  it('shows the statement with its kind, date and signatories', () => {
    const view = statementView(null, withData({ kind: 'press-release', date: '2019-11-05', reference: 'PR5301' }));
    expect(view.caption).toBe('Press release, 5 November 2019');
    expect(view.rows.map((r) => [r.key, plain(r.value)]).slice(0, 2)).toEqual([
      ['Reference', 'PR5301'],
      ['Published', '5 November 2019'],
    ]);
    expect(view.rows.find((r) => r.key === 'Signed by')!.list).toEqual(statement.data.signatories.map((s) => [s]));
    expect(view.breadcrumbs.at(-1)).toEqual({ label: 'Statements', href: '/torbay/statements/' });
    expect(view.questions.every((q, i) => q.summary.startsWith(`${i + 1}. `))).toBe(true);
  });

  it('says a statement written for the site is not a transcription, and who published it', () => {
    const original = statementProvenance(withData({ origin: 'original', signatories: ['Torbay Council', 'DfE'] }));
    expect(original.heading).toBe('About this statement');
    expect(original.intro).toBe(
      'Written for this site and published by Torbay Council, DfE; it is not a transcription of another document.',
    );
    expect(original.intro).not.toContain('Transcribed');
    expect(statementProvenance(withData({ origin: 'original', signatories: [] })).intro).toContain(
      `published by ${torbay.data.name};`,
    );
    expect(statementProvenance(withData({ origin: 'transcribed' })).heading).toBe('About this transcription');
  });

  it("tells the editor's preview why a build would leave the statement out", () => {
    const view = statementView(null, withData({}, { withheld: 'it is a draft' } as Partial<StatementNode>));
    expect(view.preview).toEqual({
      title: 'Preview: not yet published',
      text: "This is the editor's preview. A build made now would leave this statement out: it is a draft.",
    });
    expect(statementView(null, statement).preview).toBeUndefined();
  });

  it('lists statements newest first, and says when there are none', () => {
    const list = statementsView(torbay);
    expect(list.items.map((i) => plain(i.heading))).toEqual(
      [...torbay.statements].reverse().map((s) => `‹${s.data.title}›`),
    );
    expect(statementsView({ ...torbay, statements: [] }).items).toEqual([]);
    expect(list.empty).toBe(`No statements about ${torbay.data.name} are published here.`);
  });
});

describe('the statement pages, part by part, on the bundled content', () => {
  const graph = bundledGraph();
  const view = statementView(graph, graph.statements.get('torbay/pr5220-2016-01-05')!);

  it("sits under its council's statements in the trail", () => {
    expect(view.breadcrumbs.map((c) => c.label)).toEqual(['Councils', 'Torbay Council', 'Statements']);
  });

  it('is headed by its title, kind and date, and says it is transcribed, not written here', () => {
    expect(
      readable({
        title: view.title,
        caption: view.caption,
        heading: view.heading,
        description: view.description,
        original: view.original,
      }),
    ).toMatchInlineSnapshot(`
      {
        "caption": "Joint statement, 5 January 2016",
        "description": "The findings of a recent announced inspection by Ofsted of Safeguarding and Looked after Children Services in Torbay have been released today. … The inspection has concluded that safeguarding arrangements for children who need help and protection in Torbay are 'inadequate'.",
        "heading": "Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services",
        "original": false,
        "title": "Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services",
      }
    `);
  });

  it('gives its facts as rows', () => {
    expect(readable(view.rows)).toMatchInlineSnapshot(`
      [
        {
          "key": "Reference",
          "value": [
            "PR5220",
          ],
        },
        {
          "key": "Published",
          "value": "5 January 2016",
        },
        {
          "key": "Signed by",
          "list": [
            [
              "Torbay Council",
            ],
            [
              "Torbay and South Devon NHS Foundation Trust",
            ],
            [
              "Devon and Cornwall Police",
            ],
            [
              "Torbay Safeguarding Children Board",
            ],
          ],
          "value": [],
        },
        {
          "key": "About",
          "list": [
            "‹Announced inspection of safeguarding and looked after children services›",
          ],
          "value": [],
        },
      ]
    `);
  });

  it('numbers its questions and counts its key actions', () => {
    expect(
      readable({
        keyActionsHeading: view.keyActionsHeading,
        keyActions: view.keyActions.length,
        questionsHeading: view.questionsHeading,
        questions: view.questions.map((q) => q.summary),
      }),
    ).toMatchInlineSnapshot(`
      {
        "keyActions": 9,
        "keyActionsHeading": "Key actions taken",
        "questions": [
          "1. How long have services been inadequate?",
          "2. Who is responsible?",
          "3. What is being done to address leadership issues?",
          "4. Are there children at risk in Torbay today?",
          "5. Why haven't changes been made more quickly to prevent services being rated inadequate?",
          "6. Why does the council rely so heavily on temporary staff?",
          "7. What happens now and what is the timeline?",
          "8. What is being done to strengthen the Partnership?",
          "9. Are Children's Services going back into intervention? What does that mean?",
          "10. Will we get any additional funding from Government?",
          "11. What is being done to ensure performance, assessments, case work and quality assurance process become consistent?",
        ],
        "questionsHeading": "Questions and answers",
      }
    `);
  });

  it('says where its words came from', () => {
    expect(readable(view.provenance)).toMatchInlineSnapshot(`
      {
        "heading": "About this transcription",
        "inferences": [],
        "intro": "Transcribed from the document under “Source document” below.",
        "notes": [
          "The source is headed "Appendix 11a".",
          "The source's link "A link to the Ofsted report - Children's Services" had no address in the source, so no link is given.",
          "The word "SWIFT" in the answer to question 10 is a link in the source with no address; the word is kept as plain text and no link is given.",
          "The quoted statement in the source opens its paragraphs with straight double quotes and its last two paragraphs with curly quotes; the quote characters are kept as in the source.",
        ],
      }
    `);
  });

  it("lists a council's statements, and says when there are none", () => {
    const list = statementsView(graph.authorityBySlug.get('torbay')!);
    expect(list.breadcrumbs.map((c) => c.label)).toEqual(['Councils', 'Torbay Council']);
    expect(readable({ ...list, breadcrumbs: undefined })).toMatchInlineSnapshot(`
      {
        "breadcrumbs": undefined,
        "caption": "Torbay Council",
        "empty": "No statements about Torbay Council are published here.",
        "heading": "Statements",
        "items": [
          {
            "heading": {
              "href": "/torbay/statements/pr5220-2016-01-05/",
              "text": "Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services",
            },
            "meta": "5 January 2016, reference PR5220",
            "summary": "The findings of a recent announced inspection by Ofsted of Safeguarding and Looked after Children Services in Torbay have been released today. … The inspection has concluded that safeguarding arrangements for children who need help and protection in Torbay are 'inadequate'.",
          },
        ],
        "title": "Statements, Torbay",
      }
    `);
    const none = statementsView(graph.authorityBySlug.get('worcestershire')!);
    expect(readable({ ...none, breadcrumbs: undefined })).toMatchInlineSnapshot(`
      {
        "breadcrumbs": undefined,
        "caption": "Worcestershire County Council",
        "empty": "No statements about Worcestershire County Council are published here.",
        "heading": "Statements",
        "items": [],
        "title": "Statements, Worcestershire",
      }
    `);
  });
});
