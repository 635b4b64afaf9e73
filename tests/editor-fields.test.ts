// One source of truth: the editor's fields are generated from the zod schemas the check applies.
// These tests walk each schema and its editor fields side by side, key by key, and prove that the
// form refuses what the check refuses (and accepts what it accepts) for the values authors type.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createReader } from '@keystatic/core/reader';
import type { ComponentSchema } from '@keystatic/core';
import { z } from 'astro/zod';
import { afterEach, describe, expect, it } from 'vitest';
import {
  registerPartnerInspection,
  unregisterPartnerInspection,
  writePartnerInspections,
} from './fixtures/partner-inspection.ts';
import {
  editorConfig,
  eachRecommendation,
  indicatorFields,
  inspectionFields,
  noticeFields,
  peerReviewFields,
  planFields,
  planTableFields,
  statementFields,
  visitFields,
} from '../src/editor/config.ts';
import { siteSettings } from '../src/schemas/site.ts';
import { editorContent } from '../src/editor/editor-content.ts';
import { choice, helpOf, objectFields, shapeOf, unlistedWarning } from '../src/editor/zod-fields.ts';
import * as schemas from '../src/schemas/index.ts';
import { bundledRoots } from './bundled-roots.ts';
import { scratchContent } from './helpers.ts';
import { editorForms, formFor } from '../src/editor/form-links.ts';
import { readSources } from '../src/lib/content/read-sources.ts';
import { collectionOf } from '../src/lib/content/collections.ts';

const content = editorContent(bundledRoots);
const torbay = content.authorities.find((a) => a.id === 'torbay')!;
const plan = torbay.plans[0]!;

/** Every schema the editor edits, with the fields the editor uses for it. */
const edited: [string, z.ZodObject, Record<string, ComponentSchema>][] = [
  ['statement', schemas.statement, statementFields()],
  ['planOutline', schemas.planOutline, planTableFields(plan)],
  ['planVersion', schemas.planVersion, objectFields(schemas.planVersion)],
  ['monitoringVisit', schemas.monitoringVisit, visitFields(torbay)],
  ['peerReview', schemas.peerReview, peerReviewFields(torbay)],
  ['plan', schemas.plan, planFields(torbay)],
  ['authority', schemas.authority, objectFields(schemas.authority)],
  ['inspection', schemas.inspection, inspectionFields(torbay)],
  ['notice', schemas.notice, noticeFields(torbay)],
  ['indicator', schemas.indicator, indicatorFields(torbay)],
  ['figures', schemas.figures, objectFields(schemas.figures)],
  [
    'site',
    siteSettings,
    (editorConfig(content).singletons as Record<string, { schema: Record<string, ComponentSchema> }>).site!.schema,
  ],
];

type AnyField = Record<string, any>;
/** Fields the form shows nothing for and saves exactly as read: optional groups and notes by topic. */
const kept: Record<string, string[]> = {
  planOutline: [
    'planOutline.themes[].objectives[].actions[].notInSource',
    'planOutline.themes[].objectives[].aims[].notInSource',
  ],
  planVersion: ['planVersion.ratingScale'],
  inspection: ['inspection.notInSource', 'inspection.recommendationTerm'],
  notice: ['notice.measures[].baseline', 'notice.notInSource', 'notice.restsOn[].source'],
  indicator: ['indicator.targets[].setBy.document'],
  plan: ['plan.notInSource', 'plan.restsOn[].source'],
};
const samples = [
  '',
  'x',
  'Board meets',
  '2016-01-05',
  '2016-1-5',
  '20/11/2019',
  '2019-10',
  '2019',
  '2019-13',
  '1',
  '1.1',
  '1.1.1',
  'ofsted-2018',
  'Bad Id',
  'inspections/ofsted-2015',
  'A key action.',
  'A question people are asking?',
  '2026-12-01 09:30',
  'next Tuesday',
];

/** Walks a zod schema and its editor field together, recording every disagreement and every kept-as-is field. */
function compare(
  path: string,
  schema: z.ZodType,
  field: AnyField,
  out: { problems: string[]; kept: string[]; checked: number },
) {
  const shape = shapeOf(schema);
  out.checked++;
  if (field.keptAsIs) {
    out.kept.push(path);
    return;
  }
  const disagree = (what: string): void => void out.problems.push(`${path}: ${what}`);
  switch (shape.type) {
    case 'object': {
      if (field.kind !== 'object') return disagree(`zod object, editor ${field.kind}`);
      const zodShape = (shape.core as z.ZodObject).shape;
      const keys = Object.keys(zodShape).sort();
      const editorKeys = Object.keys(field.fields).sort();
      if (keys.join() !== editorKeys.join()) disagree(`keys differ: zod ${keys.join()}; editor ${editorKeys.join()}`);
      for (const key of keys) if (field.fields[key]) compare(`${path}.${key}`, zodShape[key]!, field.fields[key], out);
      return;
    }
    case 'array': {
      // A picker of the council's documents stands in for a list of ids: the save checks each id.
      if (field.kind === 'form' && Array.isArray(field.options)) return;
      if (field.kind !== 'array') return disagree(`zod array, editor ${field.kind}`);
      const zodMin = (shape.core as z.ZodArray)._zod.def.checks?.find((c: any) => c._zod.def.check === 'min_length')
        ?._zod.def;
      const min = (zodMin as { minimum?: number } | undefined)?.minimum ?? 0;
      if ((field.validation?.length?.min ?? 0) !== min)
        disagree(`minimum items: zod ${min}, editor ${field.validation?.length?.min ?? 0}`);
      compare(`${path}[]`, (shape.core as z.ZodArray).element as z.ZodType, field.element, out);
      return;
    }
    case 'enum': {
      const values = Object.values((shape.core as z.ZodEnum)._zod.def.entries as Record<string, string>).sort();
      const options = (field.options as { value: string }[])
        .map((o) => o.value)
        .filter((v) => v !== '')
        .sort();
      if (values.join() !== options.join()) disagree(`choices: zod ${values.join()}, editor ${options.join()}`);
      const empty = (field.options as { value: string }[]).some((o) => o.value === '');
      if (empty !== (shape.optional || shape.nullable))
        disagree(
          `an empty choice is ${empty ? '' : 'not '}offered, but zod ${shape.optional || shape.nullable ? 'allows' : 'refuses'} none`,
        );
      return;
    }
    case 'string': {
      if (field.kind !== 'form') return disagree(`zod string, editor ${field.kind}`);
      if (field.formKind === 'slug' && field.serializeWithSlug && !('validate' in field)) return;
      if (field.options) return; // a select standing in for a string: rag, checked against the version's scale by the check
      for (const sample of samples) {
        // The form saves an empty text as absent (or null where zod allows null).
        const stored = sample === '' ? (shape.nullable ? null : undefined) : sample;
        const zodOk = schema.safeParse(stored).success;
        let editorOk = true;
        try {
          field.validate(field.parse(sample === '' ? undefined : sample));
        } catch {
          editorOk = false;
        }
        if (zodOk !== editorOk)
          disagree(
            `${JSON.stringify(sample)}: the check ${zodOk ? 'accepts' : 'refuses'} it, the form ${editorOk ? 'accepts' : 'refuses'} it`,
          );
      }
      return;
    }
    case 'record': {
      // Notes by topic: a group per topic the schema names, each the note's fields.
      // (Or, keyed by ids the form knows, such as councils' as-of dates: a field per id.) A key left
      // empty is left out, so each field is compared with the value as optional.
      const def = (shape.core as z.ZodRecord)._zod.def as unknown as { keyType: z.ZodType; valueType: z.ZodType };
      const entries = (def.keyType as z.ZodEnum)._zod.def.entries as Record<string, string> | undefined;
      if (field.kind !== 'object') return disagree(`zod record, editor ${field.kind}`);
      const topics = entries ? Object.values(entries).sort() : Object.keys(field.fields).sort();
      if (Object.keys(field.fields).sort().join() !== topics.join())
        disagree(`topics: zod ${topics.join()}, editor ${Object.keys(field.fields).sort().join()}`);
      for (const topic of topics)
        if (field.fields[topic]) compare(`${path}.${topic}`, def.valueType.optional(), field.fields[topic], out);
      return;
    }
    case 'number':
    case 'boolean':
      if (field.kind !== 'form') disagree(`zod ${shape.type}, editor ${field.kind}`);
      return;
    default:
      disagree(`zod ${shape.type} has no editor field`);
  }
}

describe("the editor's fields agree with the schemas", () => {
  it.each(edited)('%s: every key, choice, minimum and text rule', (name, schema, fields) => {
    const out = { problems: [] as string[], kept: [] as string[], checked: 0 };
    const extra = Object.keys(fields).filter((k) => !(k in schema.shape));
    // The statement's body is its MDX text, not a frontmatter key; the headline names the file.
    expect(extra).toEqual(name === 'statement' ? ['body'] : []);
    // A statement's, a visit's and a peer review's title also makes their file name (a slug field).
    const named = ['statement', 'monitoringVisit', 'peerReview'].includes(name);
    const { body: _body, title, ...rest } = fields as AnyField;
    const checked = named ? { ...rest, title: { kind: 'form', formKind: 'slug', serializeWithSlug: true } } : fields;
    compare(name, schema, { kind: 'object', fields: named ? checked : fields }, out);
    // An officer's own statement needs no source in the form: the save fills in the council and
    // the date (src/editor/save.ts), so the file always has the one the check requires.
    expect(out.problems).toEqual(
      name === 'statement'
        ? ['statement.sources: minimum items: zod 1, editor 0']
        : // The site's name and tagline have defaults: the form opens on them and keeps one, where the
          // file may leave the key out.
          name === 'site'
          ? [
              'site.name: "": the check accepts it, the form refuses it',
              'site.tagline: "": the check accepts it, the form refuses it',
            ]
          : [],
    );
    // Only these are shown as nothing and saved exactly as read: an optional group of fields.
    expect(out.kept).toEqual(kept[name] ?? []);
    expect(out.checked).toBeGreaterThan(3);
    void title;
  });

  it('notices a key the form lacks, an extra choice or a missing minimum (the comparison can fail)', () => {
    const out = { problems: [] as string[], kept: [] as string[], checked: 0 };
    const { summary: _summary, ...fields } = objectFields(schemas.indicator) as AnyField;
    compare('indicator', schemas.indicator, { kind: 'object', fields: { ...fields, summary: fields.title } }, out);
    const figures = objectFields(schemas.figures) as AnyField;
    compare(
      'figures',
      schemas.figures,
      { kind: 'object', fields: { figures: { ...figures.figures, validation: { length: { min: 1 } } } } },
      out,
    );
    expect(out.problems).toEqual([
      'indicator: keys differ: zod description,direction,notes,per,population,targets,title,unit; editor description,direction,notes,per,population,summary,targets,title,unit',
      'figures.figures: minimum items: zod 0, editor 1',
    ]);
  });

  it("labels each field with the schema's description and offers only the schema's values", () => {
    const fields = statementFields() as AnyField;
    expect(fields.date.label).toBe('Date of publication');
    expect(fields.date.validate('2019-10')).toBe('2019-10');
    // An officer's own statement by default, and the kinds in an officer's order.
    expect(fields.kind.options.map((o: { value: string }) => o.value)).toEqual([
      'statement',
      'press-release',
      'joint-statement',
    ]);
    expect(fields.kind.defaultValue()).toBe('statement');
    expect(fields.origin.defaultValue()).toBe('original');
    expect(fields.date.defaultValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(fields.publishAt.label).toBe('Embargo');
    expect(fields.publishAt.Input).toBeTypeOf('function');
    const action = (planTableFields(plan) as AnyField).themes.element.fields.objectives.element.fields.actions.element
      .fields;
    expect(action.rag.options.map((o: { label: string }) => o.label)).toEqual([
      'Not yet rated',
      'Green',
      'Amber',
      'Red',
    ]);
    expect(action.rag.serialize('')).toEqual({ value: null });
    expect(action.dot.options.map((o: { value: string }) => o.value)).toEqual([
      '',
      'improving',
      'no-change',
      'declining',
    ]);
    const roles = schemas.authority
      .parse(JSON.parse(readFileSync(join(bundledRoots.content, 'authorities/torbay.json'), 'utf8')))
      .roles.map((r) => r.id);
    expect(action.leadRoles.element.options.map((o: { value: string }) => o.value)).toEqual(roles);
  });

  it("picks the ids a form used to take typed: recommendations, paragraphs, a finding's recommendations", () => {
    const objective = (planTableFields(plan) as AnyField).themes.element.fields.objectives.element.fields;
    const values = (field: AnyField) => (field.options as { value: string }[]).map((o) => o.value);
    // An aim's recommendations and an action's paragraphs, from the inspection the plan answers.
    const recommendations = objective.aims.element.fields.recommendations;
    expect(values(recommendations)).toEqual(expect.arrayContaining(['1', '4', '8']));
    expect(recommendations.options[0].label).toMatch(/^1: Take immediate action/);
    const paragraphs = objective.actions.element.fields.paragraphs;
    expect(values(paragraphs)).toEqual(expect.arrayContaining(['18', '101']));
    // The file keeps numbers; the picker works on their text.
    expect(paragraphs.parse([23, 7])).toEqual(['23', '7']);
    expect(paragraphs.serialize(['23', '7'])).toEqual({ value: [23, 7] });
    // A finding's recommendations, from the inspection the council's visits follow.
    const ties = (visitFields(torbay) as AnyField).ties.element.fields.recommendations;
    expect(ties.label).toBe("Recommendations it concerns (Ofsted inspection of children's services, June 2018)");
    expect(values(ties)).toEqual(expect.arrayContaining(['1', '4', '8']));
    // A peer review's notice, from the council's notices, or none.
    expect(values((peerReviewFields(torbay) as AnyField).notice)).toEqual(['', ...torbay.notices.map((n) => n.id)]);
    // A notice's inspection, and an inspection among the documents it rests on, from the council's.
    const inspections = ['', ...torbay.inspections.map((i) => i.id)];
    const notice = noticeFields(torbay) as AnyField;
    expect(values(notice.inspection)).toEqual(inspections);
    expect(values(notice.restsOn.element.fields.inspection)).toEqual(inspections);
    expect(notice.inspection.serialize('')).toEqual({ value: undefined });
    // The notice it follows, and the one that replaced it, from the council's notices.
    const notices = ['', ...torbay.notices.map((n) => n.id)];
    expect(values(notice.follows)).toEqual(notices);
    expect(values(notice.life.element.fields.replacedBy)).toEqual(notices);
    // The earlier inspection a recommendation repeats.
    expect(values((inspectionFields(torbay) as AnyField).recommendations.element.fields.repeatedFrom)).toEqual(
      inspections,
    );
    // The plan version that set an indicator's target: "<plan>/<version>", as the check wants it.
    const setBy = (indicatorFields(torbay) as AnyField).targets.element.fields.setBy.fields.planVersion;
    expect(values(setBy)).toEqual(['', ...plan.versions.map((v) => `${plan.id}/${v.id}`)]);
    // A role the lead names as a partner, from the council's roles.
    const action = (planTableFields(plan) as AnyField).themes.element.fields.objectives.element.fields.actions.element
      .fields;
    expect(values(action.partners.element.fields.role)).toEqual(plan.roles.map((r) => r.value));
  });

  it("picks a finding's recommendations where the council's visits follow different inspections", () => {
    const dir = scratchContent('editor-each-');
    const roots = { content: join(dir, 'content'), data: join(dir, 'data') };
    const visit = join(roots.content, 'monitoring-visits/torbay/january-2019.json');
    writeFileSync(
      visit,
      readFileSync(visit, 'utf8').replace('"inspection": "ofsted-2018"', '"inspection": "ofsted-2015"'),
    );
    const council = editorContent(roots).authorities.find((a) => a.id === 'torbay')!;
    rmSync(dir, { recursive: true, force: true });
    expect(council.visitsFollow).toBeUndefined();
    expect(council.visitsFollowEach).toEqual(['ofsted-2015', 'ofsted-2018']);
    // Each number once, with its words in each inspection that has it, in number order.
    const older = { ...council.inspections.find((i) => i.id === 'ofsted-2015')!, title: '2015 report' };
    older.recommendations = [
      { value: '40', label: '40: Audit supervision' },
      { value: '1', label: '1: Ensure management oversight' },
    ];
    const newer = { ...council.inspections.find((i) => i.id === 'ofsted-2018')!, title: '2018 report' };
    const choices = eachRecommendation([older, newer]);
    const numbers = [...new Set(['40', '1', ...newer.recommendations.map((r) => r.value)])];
    expect(choices.map((c) => c.value)).toEqual(numbers.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(choices.map((c) => c.value).slice(0, 3)).toEqual(['1', '2', '3']);
    expect(choices[0]!.label).toMatch(
      /^1: Ensure management oversight \(2015 report\) · Take immediate action.* \(2018 report\)$/,
    );
    expect(choices.at(-1)!.label).toBe('40: Audit supervision (2015 report)');
    // The visit's form offers them, where it used to ask for the numbers typed.
    const ties = (visitFields(council) as AnyField).ties.element.fields.recommendations;
    expect(ties.label).toBe('Recommendations it concerns (of the inspection this visit follows, chosen below)');
    expect((ties.options as { value: string }[]).map((o) => o.value)).toEqual(
      eachRecommendation(council.inspections.filter((i) => council.visitsFollowEach.includes(i.id))).map(
        (c) => c.value,
      ),
    );
  });

  it('opens a choice whose file holds a value its list does not, keeping it and saying so', () => {
    const field = choice({
      label: 'Kind',
      options: [
        { label: 'Statement', value: 'statement' },
        { label: 'Press release', value: 'press-release' },
      ],
      defaultValue: 'statement',
    }) as AnyField;
    // Keystatic's own select throws here, and the whole form does not open.
    expect(field.parse('memo')).toBe('memo');
    expect(field.serialize(field.parse('memo'))).toEqual({ value: 'memo' });
    expect(field.parse(undefined)).toBe('statement');
    const shown = (value: unknown) => JSON.stringify(field.Input({ value, onChange: () => undefined }).props);
    expect(shown('memo')).toContain(JSON.stringify(unlistedWarning('memo')).slice(1, -1));
    // The warning is the select's own description, which Keystatic ties to it (aria-describedby).
    const [select] = field.Input({ value: 'memo', onChange: () => undefined }).props.children;
    expect(select.props.description).toBe(unlistedWarning('memo'));
    expect(shown('statement')).not.toContain('not one of the choices');
    // The same for a choice with an empty value ("Not yet rated") and for every generated enum.
    const rag = (planTableFields(plan) as AnyField).themes.element.fields.objectives.element.fields.actions.element
      .fields.rag;
    expect(rag.parse('purple')).toBe('purple');
    expect(rag.parse(null)).toBe('');
  });

  it('opens every form of a copy whose files name unlisted values (a hand edit), instead of locking it', async () => {
    const dir = scratchContent('editor-unlisted-');
    const roots = { content: join(dir, 'content'), data: join(dir, 'data') };
    const edit = (path: string, from: string | RegExp, to: string) => {
      const file = join(roots.content, path);
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(from);
      writeFileSync(file, text.replace(from, to));
    };
    edit('notices/torbay/improvement-notice-2011.json', '"ofsted-2010"', '"ofsted-1999"');
    edit('plan-versions/torbay/improvement-plan/v1.json', '"rag": null', '"rag": "purple"');
    edit('statements/torbay/pr5220-2016-01-05.mdx', /^kind: .*$/m, 'kind: memo');
    const config = editorConfig(editorContent(roots));
    const reader = createReader('/', config);
    await expect(reader.singletons.notice_torbay_improvement_notice_2011!.readOrThrow()).resolves.toMatchObject({
      inspection: 'ofsted-1999',
    });
    const actions = (await reader.singletons.plan_torbay_improvement_plan_v1_actions!.readOrThrow()) as AnyField;
    expect(JSON.stringify(actions)).toContain('"rag":"purple"');
    await expect(reader.collections.statements_torbay!.readOrThrow('pr5220-2016-01-05')).resolves.toMatchObject({
      kind: 'memo',
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes its help in sentences: "… is shown. Optional: …"', () => {
    const help = (schema: z.ZodType) => helpOf('note', shapeOf(schema));
    expect(help(z.string().optional().describe('Why: shown as an inference wherever the date is shown'))).toBe(
      'Why: shown as an inference wherever the date is shown. Optional: leave empty if the source does not say.',
    );
    expect(help(z.string().optional().describe('Why: the site says "Not in the source".'))).toBe(
      'Why: the site says "Not in the source". Optional: leave empty if the source does not say.',
    );
  });

  it("gives the schema's words when a value is refused", () => {
    const fields = statementFields() as AnyField;
    // The date takes every precision the check takes (a source may give only a month or a year).
    expect(() => fields.date.validate('20/11/2019')).toThrow(
      'This is not a date: write a day "2019-10-31", a month "2019-10" or a year "2019"; a range "2019-10-15/2019-10-17"; a financial year "FY2013/14" or an academic year "AY2013/14"',
    );
    const keyAction = fields.keyActions.element.fields.text;
    expect(() => keyAction.validate('A key action.')).toThrow(
      '"A key action." is the template\'s example text: replace it with a key action taken, or delete it',
    );
  });

  it('opens every existing content file without a complaint', async () => {
    const reader = createReader(process.cwd(), editorConfig(content));
    let read = 0;
    for (const [key, singleton] of Object.entries(reader.singletons)) {
      const path = (editorConfig(content).singletons as Record<string, { path: string }>)[key]!.path;
      if (path.startsWith(`${bundledRoots.data}/figures/`)) continue; // no figures file exists yet: the form starts empty
      await expect(singleton.readOrThrow(), key).resolves.toBeTruthy();
      read++;
    }
    for (const [key, collection] of Object.entries(reader.collections)) {
      for (const slug of await collection.list()) {
        await expect(collection.readOrThrow(slug), `${key}/${slug}`).resolves.toBeTruthy();
        read++;
      }
    }
    expect(read).toBeGreaterThanOrEqual(15);
  });
});

describe('every file an officer edits links to a form the editor has', () => {
  it('names each form in one place: a problem in any file links to a form the editor made', () => {
    const config = editorConfig(content) as unknown as {
      collections: Record<string, unknown>;
      singletons: Record<string, unknown>;
    };
    let linked = 0;
    for (const source of readSources(bundledRoots)) {
      const kind = collectionOf(source.root, source.path);
      if (!kind || !(kind in editorForms)) continue;
      const form = formFor(`${bundledRoots[source.root]}/${source.path}`, bundledRoots);
      const [, list, item] = /^\/keystatic\/collection\/([^/]+)\/item\/(.+)$/.exec(form ?? '') ?? [];
      const [, one] = /^\/keystatic\/singleton\/([^/]+)$/.exec(form ?? '') ?? [];
      if (list) {
        expect(config.collections, source.path).toHaveProperty([list]);
        expect(source.path).toContain(`/${item}.`);
      } else expect(config.singletons, `${source.path} → ${form}`).toHaveProperty([one!]);
      linked++;
    }
    expect(linked).toBeGreaterThanOrEqual(20);
  });
});

describe('a new kind of document gets its form from its rows alone', () => {
  afterEach(unregisterPartnerInspection);

  it("lists a council's files of a kind the graph builds plainly, with fields made from its schema", async () => {
    const dir = scratchContent('editor-new-kind-');
    try {
      const roots = { content: join(dir, 'content'), data: join(dir, 'data') };
      writePartnerInspections(roots);
      const file = `${roots.content}/partner-inspections/torbay/partner-2019.json`;
      type Forms = Record<string, { label: string; path: string; previewUrl: string; schema: object }>;
      const before = editorConfig(editorContent(roots)).collections as Forms;
      expect(before.partner_inspections_torbay).toBeUndefined();
      expect(formFor(file, roots)).toBeUndefined();

      registerPartnerInspection();
      const config = editorConfig(editorContent(roots));
      const form = (config.collections as Forms).partner_inspections_torbay!;
      expect(form).toMatchObject({
        label: 'Partner inspections',
        path: `${roots.content}/partner-inspections/torbay/*`,
        previewUrl: '/torbay/partner-inspections/{slug}/',
      });
      expect(Object.keys(form.schema)).toEqual(['title', 'date', 'sources']);
      const entry = await createReader('/', config).collections.partner_inspections_torbay!.readOrThrow('partner-2019');
      expect(entry).toMatchObject({ title: 'Partner agency inspection, 2019', date: '2019-03' });
      // A problem found in one of its files links to the form that fixes it.
      expect(formFor(file, roots)).toBe('/keystatic/collection/partner_inspections_torbay/item/partner-2019');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
