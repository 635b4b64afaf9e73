import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citedParagraphs,
  citedRecommendations,
  citedVisits,
  trailingCitation,
} from '../../../src/lib/importers/citations.ts';
import {
  docxToHtml,
  fieldOfHeader,
  formatDocProblem,
  ImportFileError,
  importPlanDocument,
  readPlanHtml,
  rolesIn,
  type DocProblem,
} from '../../../src/lib/importers/docx-plan.ts';
import { planOutline } from '../../../src/schemas/plan-outline.ts';
import { planVersion } from '../../../src/schemas/plan-version.ts';
import { defaultRoots } from '../../../src/lib/content/parse-content.ts';
import { bundledFiles, bundledRoots, runImport, scratchContent } from '../../helpers.ts';
import { torbayPlanDocx } from '../../word-plan-fixture.ts';

const node = 'node_modules/.bin/node';
/** The folders messages name, as in a council's repository (the files themselves come from the fixture). */
const roots = defaultRoots;
const V1 = 'plan-versions/torbay/improvement-plan/v1';
/** The bundled content without Torbay's version 1, which the test imports from Word instead. */
const withoutV1 = bundledFiles.filter((f) => !f.path.startsWith(`${V1}.`));
const bundledOutline = planOutline.parse(JSON.parse(bundledFiles.find((f) => f.path === `${V1}.json`)!.text));
const bundledVersion = planVersion.parse(
  yaml.load(/^---\n([\s\S]*?)\n---/.exec(bundledFiles.find((f) => f.path === `${V1}.mdx`)!.text)![1]!),
);
const torbay = JSON.parse(bundledFiles.find((f) => f.path === 'authorities/torbay.json')!.text);
const visits = [
  { id: 'january-2019', visited: '2019-01' },
  { id: 'april-2019', visited: '2019-04' },
  { id: 'october-2019', visited: '2019-10' },
];

/**
 * Two of the bundled actions' notes are the transcriber's remarks on the source's own slips ("no full
 * stop between the sentences", "a closing quotation mark without an opening one"). An importer keeps
 * the text exactly as it is, so it has nothing to note there; every other note it writes itself.
 */
/** A table as mammoth gives a Word table: a row per tr, each cell's text in a paragraph (none for an empty cell). */
const table = (rows: string[][]) =>
  `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c ? `<p>${c}</p>` : ''}</td>`).join('')}</tr>`).join('')}</table>`;

/** A plan with one theme, one objective with one bullet, and one action row under the usual header. */
const oneActionPlan = (before: string, bullet: string, row: string[]) =>
  `${before}<h1>Theme 1 – Leadership</h1><h2>Objective 1.1:</h2><ul><li>${bullet}</li></ul>${table([
    ['Ref', 'Desired outcome', 'Actions', 'Lead', 'Timescale'],
    row,
  ])}`;

const transcribersRemarks: Record<string, number> = { '2.3.2': 1, '3.1.1': 1 };

let html: string;
beforeAll(async () => {
  html = await docxToHtml(await torbayPlanDocx(), 'torbay-improvement-plan-v1-2019-10.docx');
}, 60_000);

describe('a Word document of the Torbay plan imports back as the bundled version 1', () => {
  it('the Word document splits rows across page breaks the way the source does', () => {
    // continuation rows have no Ref and sit in a table of their own after a page break
    const read = readPlanHtml(html, { roles: torbay.roles, visits });
    expect(read.counts).toEqual({ themes: 4, objectives: 13, actions: 36, continued: 25 });
    expect(read.log).toContain('action 1.1.3, Actions: continued on the next page with a new paragraph');
    expect(
      read.log.some((l) => l.startsWith('action 1.1.1, Actions: a paragraph split by a page break was joined')),
    ).toBe(true);
    expect(read.log).toContain(
      'action 1.2.1, Desired outcome: the citation (Para 89, 92 & October Monitoring Visit) at the top of the next page was joined to the paragraph before it',
    );
  });

  it('equals the bundled v1.json field by field', () => {
    const result = importPlanDocument(html, withoutV1, roots, {
      planKey: 'torbay/improvement-plan',
      version: 'v1',
      sourceName: 'torbay-improvement-plan-v1-2019-10.docx',
    });
    expect(result.problems.map(formatDocProblem)).toEqual([]);
    const imported = planOutline.parse(JSON.parse(result.files!.find((f) => f.path === `${V1}.json`)!.text));
    expect(imported.themes.map((t) => [t.ref, t.title])).toEqual(bundledOutline.themes.map((t) => [t.ref, t.title]));
    const objectives = (o: typeof bundledOutline) => o.themes.flatMap((t) => t.objectives);
    expect(objectives(imported).map((o) => o.ref)).toEqual(objectives(bundledOutline).map((o) => o.ref));
    for (const [i, objective] of objectives(bundledOutline).entries()) {
      const got = objectives(imported)[i]!;
      expect(got.aims, `objective ${objective.ref} aims`).toEqual(objective.aims);
      expect(got.actions.map((a) => a.ref)).toEqual(objective.actions.map((a) => a.ref));
      for (const [j, action] of objective.actions.entries()) {
        const mine = got.actions[j]!;
        for (const field of Object.keys(action) as (keyof typeof action)[]) {
          const want = field === 'notes' ? action.notes.slice(transcribersRemarks[action.ref] ?? 0) : action[field];
          expect(mine[field], `action ${action.ref}.${field}`).toEqual(want);
        }
        expect(Object.keys(mine).sort()).toEqual(Object.keys(action).sort());
      }
    }
  });

  it('reads the version, its date and its rating scale from the document, and the version checks clean', () => {
    const result = importPlanDocument(html, withoutV1, roots, {
      planKey: 'torbay/improvement-plan',
      version: 'v1',
      sourceName: 'plan.docx',
    });
    const mdx = result.files!.find((f) => f.path === `${V1}.mdx`)!.text;
    const front = planVersion.parse(yaml.load(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!));
    expect(front.label).toBe(bundledVersion.label);
    expect(front.published).toBe(bundledVersion.published);
    expect(front.ratingScale).toEqual(bundledVersion.ratingScale);
    expect(front.sources).toEqual([
      { title: "Torbay Children's Services Improvement Plan, Version 1", date: '2019-10' },
    ]);
    expect(result.preview.at(-2)).toBe(
      '  src/content/plan-versions/torbay/improvement-plan/v1.mdx (Version 1, published 2019-10)',
    );
  });
});

describe('reading cells, headers, citations and leads', () => {
  it('maps the columns councils use by their headers', () => {
    expect(
      [
        'Ref No.',
        'Desired Outcome for Children',
        'Actions',
        'Lead',
        'Time scale/Date',
        'What difference will it make to children (impact)',
        'How will we measure the difference to children?',
        'Evidence of Progress',
        'RAG/D OT',
      ].map(fieldOfHeader),
    ).toEqual(['ref', 'desiredOutcome', 'actions', 'lead', 'timescale', 'impact', 'measure', 'evidence', 'ragDot']);
    expect(fieldOfHeader('Comments')).toBeUndefined();
  });

  it("reads citations into cross-references, in the source's order", () => {
    expect(trailingCitation('Take action (recommendation 8 and repeated)*')).toEqual({
      before: 'Take action',
      citation: 'recommendation 8 and repeated',
      after: '*',
    });
    expect(citedParagraphs('Monitoring Visit January, April and October. Para 92, 93, 91')).toEqual([92, 93, 91]);
    expect(citedParagraphs('Para 35 & 36')).toEqual([35, 36]);
    expect(citedRecommendations('recommendation 1. and repeated & October 2019 Monitoring Visit')).toEqual(['1']);
    expect(citedVisits('April & October Monitoring Visit', visits)).toEqual({
      ids: ['april-2019', 'october-2019'],
      problems: [],
    });
    expect(citedVisits('March Monitoring Visit', visits).problems[0]).toMatch(
      /names the March monitoring visit, but the inspection has no monitoring visit in March/,
    );
  });

  it('reads the roles a lead names, longest names first, and reports words that are no role', () => {
    const problems: DocProblem[] = [];
    expect(rolesIn('Deputy DCS & LADOs', torbay.roles, 'x', problems)).toEqual(['deputy-dcs', 'lado']);
    expect(rolesIn("IRO's", torbay.roles, 'x', problems)).toEqual(['iro']);
    expect(problems).toEqual([]);
    expect(rolesIn('DCS and Head of Libraries', torbay.roles, 'table 2, row 3 (action 1.1.2), Lead', problems)).toEqual(
      ['dcs'],
    );
    expect(formatDocProblem(problems[0]!)).toBe(
      'table 2, row 3 (action 1.1.2), Lead: "DCS and Head of Libraries": "Head", "Libraries" are not part of any role of this council: add the role (or its abbreviation) to the authority\'s roles in src/content/authorities/, then import again',
    );
  });

  it('an unknown column is reported with the mapping to give, and --map reads it', async () => {
    const docx = await torbayPlanDocx({ header: (text, column) => (column === 7 ? 'Progress so far (Q3)' : text) });
    const other = await docxToHtml(docx, 'plan.docx');
    const refused = importPlanDocument(other, withoutV1, roots, {
      planKey: 'torbay/improvement-plan',
      version: 'v1',
      sourceName: 'plan.docx',
    });
    expect(refused.files).toBeUndefined();
    expect(refused.problems.map(formatDocProblem)).toEqual([
      'table 1 (objective 1.1), column 8 "Progress so far (Q3)": is not a column the importer knows. Say which field it holds, e.g. --map "Progress so far (Q3)=evidence", or --map "Progress so far (Q3)=ignore" to leave it out (fields: ref, desiredOutcome, actions, lead, timescale, impact, measure, evidence, rag, dot, ragDot, ignore)',
    ]);
    const mapped = importPlanDocument(other, withoutV1, roots, {
      planKey: 'torbay/improvement-plan',
      version: 'v1',
      sourceName: 'plan.docx',
      map: ['Progress so far (Q3)=evidence'],
    });
    expect(mapped.problems).toEqual([]);
  });

  it('a row without a Ref that follows no action, and a bad rating, are placed by table, row and column', () => {
    const table = (rows: string[][]) =>
      `<table>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('')}</table>`;
    const header = ['Ref No.', 'Desired Outcome', 'Actions', 'Lead', 'Timescale', 'RAG/DOT'];
    const doc = `<h1>Theme 1 – Leadership</h1><h2>Objective 1.1:</h2><ul><li>Do it (recommendation 8)</li></ul>${table([header, ['', 'Orphan', 'x', 'DCS', 'Immediate', ''], ['1.1.1', 'Outcome (Para 3)', 'Act', 'DCS', 'Immediate', 'Ambr']])}`;
    const read = readPlanHtml(doc, { roles: torbay.roles, visits, ratingScale: bundledVersion.ratingScale });
    expect(read.problems.map(formatDocProblem)).toEqual([
      "table 1 (objective 1.1), row 2: has no Ref and follows no action of this objective, so it cannot be joined to one: give it its action's Ref",
      'table 1 (objective 1.1), row 3 (action 1.1.1), RAG/DOT: "Ambr" is not a rating of the plan\'s scale: use one of Green, Amber, Red, or leave it empty for not yet rated',
    ]);
    expect(read.outline).toBeUndefined();
  });

  it('reads ratings and directions of travel in the words and arrows plans use, and line breaks as spaces', () => {
    const table = (rows: string[][]) =>
      `<table>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('')}</table>`;
    const header = ['Ref', 'Desired Outcome', 'Actions', 'Lead', 'Timescale', 'RAG/DOT'];
    const rows = [
      ['Amber ↑', 'amber', 'improving'],
      ['Green / No change', 'green', 'no-change'],
      ['Improving', null, 'improving'],
      ['', null, null],
      ['Red<br/>Declining', 'red', 'declining'],
    ] as const;
    const doc = `<h1>Theme 1 – Leadership</h1><h2>Objective 1.1:</h2><ul><li>Do it (recommendation 8)</li></ul>${table([header, ...rows.map(([cell], i) => [`1.1.${i + 1}`, 'Outcome (Para 3)', 'Act', 'DCS', 'End of<br/>March 2020', cell])])}`;
    const read = readPlanHtml(doc, { roles: torbay.roles, visits, ratingScale: bundledVersion.ratingScale });
    expect(read.problems).toEqual([]);
    const actions = read.outline!.themes[0]!.objectives[0]!.actions;
    expect(actions.map((a) => [a.rag, a.dot])).toEqual(rows.map(([, rag, dot]) => [rag, dot]));
    expect(actions[0]!.timescale).toBe('End of March 2020');
  });

  it('a citation of something the report does not have is placed on the bullet or the row that makes it', () => {
    const doc = oneActionPlan('<p>Version 2 - January 2020</p>', 'Do it (recommendation 99)', [
      '1.1.1',
      'Outcome (Para 999)',
      'Act',
      'DCS',
      'Immediate',
    ]);
    const result = importPlanDocument(doc, bundledFiles, roots, {
      planKey: 'torbay/improvement-plan',
      version: 'v2',
      sourceName: 'x.docx',
    });
    expect(result.files).toBeUndefined();
    expect(result.problems.map((p) => [p.where, p.message.includes('99')])).toEqual([
      ['objective 1.1, bullet 1', true],
      ['table 1 (objective 1.1), row 2 (action 1.1.1), Desired outcome (its "Para" citation)', true],
    ]);
  });

  it('text between the tables is listed as not read, and a cell beyond the header is a problem: nothing is dropped silently', () => {
    const doc = `<h1>Theme 1 – Leadership</h1><h2>Objective 1.1:</h2><ul><li>Do it (recommendation 8)</li></ul>${table([
      ['Ref', 'Desired outcome', 'Actions', 'Lead', 'Timescale'],
      ['1.1.1', 'Outcome (Para 3)', 'Act', 'DCS', 'Immediate', 'Green'],
    ])}<p>* denotes a repeated recommendation</p>`;
    const read = readPlanHtml(doc, { roles: torbay.roles, visits });
    expect(read.log).toEqual([
      'not read (text between the tables, after objective 1.1): "* denotes a repeated recommendation"',
    ]);
    expect(read.problems.map(formatDocProblem)).toEqual([
      'table 1 (objective 1.1), row 2, column 6: holds "Green", but the table\'s header names only 5 columns: add the column\'s header in the document',
    ]);
  });

  it('a row whose Ref is marked "(cont.)" continues that action; a repeated Ref is a problem with the fix', () => {
    const head = `<h1>Theme 1 – Leadership</h1><h2>Objective 1.1:</h2><ul><li>Do it (recommendation 8)</li></ul>`;
    const header = ['Ref', 'Desired outcome', 'Actions', 'Lead', 'Timescale'];
    const first = ['1.1.1', 'Outcome (Para 3)', 'Managers will review', 'DCS', 'Immediate'];
    const continued = readPlanHtml(
      `${head}${table([header, first])}${table([['1.1.1 (cont.)', '', 'every plan monthly.', '', '']])}`,
      { roles: torbay.roles, visits },
    );
    expect(continued.problems).toEqual([]);
    expect(continued.outline!.themes[0]!.objectives[0]!.actions[0]!.actions).toEqual([
      'Managers will review every plan monthly.',
    ]);
    const repeated = readPlanHtml(
      `${head}${table([header, first])}${table([['1.1.1', '', 'every plan monthly.', '', '']])}`,
      {
        roles: torbay.roles,
        visits,
      },
    );
    expect(repeated.problems.map(formatDocProblem)).toContain(
      'table 2 (objective 1.1), row 1 (action 1.1.1): action 1.1.1 is also at table 1 (objective 1.1), row 2 (action 1.1.1): each action has one Ref (if this row continues it on a new page, leave its Ref empty or write "1.1.1 (cont.)")',
    );
  });

  it('an objective stated in a paragraph rather than a bullet is read the same way', () => {
    const doc = `<h1>Theme 1 – Leadership</h1><h2>Objective 1.1:</h2><p><em>Do it (recommendation 8 and repeated)</em></p>${table(
      [
        ['Ref', 'Desired outcome', 'Actions', 'Lead', 'Timescale'],
        ['1.1.1', 'Outcome (Para 3)', 'Act', 'DCS', 'Immediate'],
      ],
    )}`;
    const read = readPlanHtml(doc, { roles: torbay.roles, visits });
    expect(read.problems).toEqual([]);
    expect(read.outline!.themes[0]!.objectives[0]!.aims).toEqual([
      {
        text: 'Do it',
        citation: 'recommendation 8 and repeated',
        recommendations: [read.outline!.themes[0]!.objectives[0]!.aims[0]!.recommendations[0]],
        repeated: true,
        monitoringVisits: [],
        internal: false,
      },
    ]);
    expect(String(read.outline!.themes[0]!.objectives[0]!.aims[0]!.recommendations[0])).toBe('8');
  });

  it('starts a plan that is not on the site yet: the plan file too; no rating scale where the plan rates nothing; an empty desired outcome is "not in the source"', () => {
    const doc = oneActionPlan('<p>Version 1 - November 2019</p>', 'Do it (recommendation 8)', [
      '1.1.1',
      '',
      'Act',
      'DCS',
      'Immediate',
    ]);
    const refused = importPlanDocument(doc, bundledFiles, roots, {
      planKey: 'torbay/second-plan',
      version: 'v1',
      sourceName: 'plan.docx',
    });
    expect(refused.problems.map(formatDocProblem)).toEqual([
      'no plan "torbay/second-plan" exists yet: give its --title "<the plan\'s title>" and --inspection <id of the inspection it answers> to create it',
    ]);
    const result = importPlanDocument(doc, bundledFiles, roots, {
      planKey: 'torbay/second-plan',
      version: 'v1',
      sourceName: 'plan.docx',
      first: { title: 'A second plan', inspection: 'ofsted-2018' },
    });
    expect(result.problems.map(formatDocProblem)).toEqual([]);
    expect(result.files!.map((f) => f.path)).toEqual([
      'plans/torbay/second-plan.json',
      'plan-versions/torbay/second-plan/v1.mdx',
      'plan-versions/torbay/second-plan/v1.json',
    ]);
    expect(JSON.parse(result.files![0]!.text)).toEqual({
      title: 'A second plan',
      inspection: 'ofsted-2018',
      sources: [{ title: 'A second plan' }],
    });
    const front = yaml.load(/^---\n([\s\S]*?)\n---/.exec(result.files![1]!.text)![1]!) as Record<string, unknown>;
    expect(front.ratingScale).toBeUndefined();
    expect(front.published).toBe('2019-11');
    const action = JSON.parse(result.files![2]!.text).themes[0].objectives[0].actions[0];
    expect([action.desiredOutcome, action.notInSource]).toEqual([
      [],
      { desiredOutcome: "The plan's desired-outcome cell for this action is empty." },
    ]);
  });

  it("a damaged .docx is refused in an author's words", async () => {
    await expect(docxToHtml(Buffer.from('not a word document'), 'plan.docx')).rejects.toThrow(ImportFileError);
    await expect(docxToHtml(Buffer.from('not a word document'), 'plan.docx')).rejects.toThrow(
      'plan.docx could not be opened as a Word document (.docx)',
    );
  });
});

describe('npm run import with a Word plan', () => {
  let dir: string;
  const run = (args: string[]) => runImport(dir, args);
  const versions = () => readdirSync(join(dir, 'content/plan-versions/torbay/improvement-plan')).sort();
  beforeAll(async () => {
    dir = scratchContent('docx-plan-');
    writeFileSync(join(dir, 'plan.docx'), await torbayPlanDocx());
    writeFileSync(join(dir, 'unmapped.docx'), await torbayPlanDocx({ header: (t, c) => (c === 7 ? 'Comments' : t) }));
    writeFileSync(join(dir, 'broken.docx'), 'PK\u0003\u0004 this is not really a zip');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('previews, then writes the version, which checks clean', () => {
    // Torbay's plan as its Version 2 (January 2020), previewed first.
    const asVersion2 = [
      join(dir, 'plan.docx'),
      ...['--plan', 'torbay/improvement-plan', '--version', 'v2', '--published', '2020-01', '--label', 'Version 2'],
    ];
    const dry = run([...asVersion2, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(
      'Read plan.docx: 4 themes, 13 objectives, 36 actions; 25 rows continued on a following page joined to their actions.',
    );
    expect(dry.out).toContain('Nothing was written (--dry-run)');
    expect(versions()).toEqual(['v1.json', 'v1.mdx']);
    const wet = run(asVersion2);
    expect(wet.out).toContain('Written.');
    expect(versions()).toEqual(['v1.json', 'v1.mdx', 'v2.json', 'v2.mdx']);
    const check = execFileSync(node, ['scripts/check.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(dir, 'content'), DATA_DIR: join(dir, 'data') },
    });
    expect(check).toContain('2 plan versions (72 actions)');
    rmSync(join(dir, 'content/plan-versions/torbay/improvement-plan/v2.json'));
    rmSync(join(dir, 'content/plan-versions/torbay/improvement-plan/v2.mdx'));
  });

  it('unmapped columns, a damaged file and a missing file: a message, and nothing written', () => {
    const unmapped = run([join(dir, 'unmapped.docx'), '--plan', 'torbay/improvement-plan', '--version', 'v3']);
    expect(unmapped.code).toBe(1);
    expect(unmapped.out).toContain('unmapped.docx: nothing was written, because there is 1 problem:');
    expect(unmapped.out).toContain(
      '✗ table 1 (objective 1.1), column 8 "Comments": is not a column the importer knows. Say which field it holds, e.g. --map "Comments=evidence"',
    );
    const broken = run([join(dir, 'broken.docx'), '--plan', 'torbay/improvement-plan', '--version', 'v3']);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(
      'broken.docx could not be opened as a Word document (.docx): the file is damaged or is not a .docx.',
    );
    expect(broken.out).toContain('Nothing was written.');
    const missing = run([join(dir, 'nowhere.docx'), '--plan', 'torbay/improvement-plan', '--version', 'v3']);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('nowhere.docx: there is no such file.');
    expect(versions()).toEqual(['v1.json', 'v1.mdx']);
    expect(existsSync(join(dir, 'content/plan-versions/torbay/improvement-plan/v3.json'))).toBe(false);
    expect(readFileSync(join(dir, 'content/plan-versions/torbay/improvement-plan/v1.json'), 'utf8')).toBe(
      readFileSync(join(bundledRoots.content, 'plan-versions/torbay/improvement-plan/v1.json'), 'utf8'),
    );
  });
});
