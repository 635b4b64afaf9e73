// The editor's configuration, built from the zod schemas (src/editor/zod-fields.ts) and the list of
// documents that exist (src/editor/editor-content.ts). keystatic.config.ts hands it to Keystatic.
import { collection, config, fields, singleton } from '@keystatic/core';
import { createElement, type ComponentType } from 'react';
import type { ComponentSchema } from '@keystatic/core';
import { authority } from '../schemas/authority.ts';
import { figures } from '../schemas/figures.ts';
import { indicator } from '../schemas/indicator.ts';
import { inspection } from '../schemas/inspection.ts';
import { notice } from '../schemas/notice.ts';
import { planOutline } from '../schemas/plan-outline.ts';
import { plan as planSchema } from '../schemas/plan.ts';
import { planVersion } from '../schemas/plan-version.ts';
import { peerReview } from '../schemas/peer-review.ts';
import { statement } from '../schemas/statement.ts';
import type { Choice, EditorContent } from './editor-content.ts';
import { formName, type EditedKind } from './form-links.ts';
import { collections as registry, type CollectionName, type CollectionSpec } from '../lib/content/collections.ts';
import { plainKinds } from '../lib/graph/kinds.ts';
import { versionBanner } from './version-banner.ts';
import { monitoringVisit } from '../schemas/monitoring-visit.ts';
import { choice, fieldFor, nullableSelect, objectFields, optionLabel, shapeOf } from './zod-fields.ts';
import type { z } from 'astro/zod';
import { isoDate } from '../schemas/common.ts';
import { siteSettings } from '../schemas/site.ts';
import { dotValues } from '../schemas/plan-outline.ts';
// ids.ts imports nothing: the editor's browser bundle must not pull in the content reader (satteri is server-only).
import { slugify } from '../lib/base/ids.ts';
import { notStated, notYetRated } from '../lib/base/vocabulary.ts';

/** Today, as the browser sees it: the default date of an officer's own statement. */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** A field that takes the focus when its form opens: the first thing an officer writes. */
function focused(field: ComponentSchema): ComponentSchema {
  const input = (field as { Input: ComponentType<Record<string, unknown>> }).Input;
  return {
    ...field,
    Input: (props: Record<string, unknown>) => createElement(input, { ...props, autoFocus: true }),
  } as ComponentSchema;
}

/**
 * A picker of this council's documents: ticks instead of typed ids. A file that cites an id the
 * picker does not know still opens (the id is kept, and shown where the content knows it as
 * missing), so an officer is never locked out of the form that removes it; the save refuses it.
 */
export function picker(label: string, description: string, choices: Choice[]): ComponentSchema {
  const base = fields.multiselect({ label, description, options: choices });
  const parse = (value: unknown) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
  return { ...base, parse, reader: { parse } } as ComponentSchema;
}

/** A picker of numbered paragraphs: the file keeps numbers (23), the picker their text ("23"). */
export function numberPicker(label: string, description: string, choices: Choice[]): ComponentSchema {
  const base = picker(label, description, choices) as unknown as Record<string, unknown>;
  const parse = (value: unknown) =>
    Array.isArray(value) ? value.filter((v) => typeof v === 'number' || typeof v === 'string').map(String) : [];
  return {
    ...base,
    parse,
    serialize: (value: string[]) => ({ value: value.map(Number) }),
    reader: { parse: (value: unknown) => parse(value).map(Number) },
  } as unknown as ComponentSchema;
}

/**
 * A statement's fields: an officer's own statement by default (kind "statement", written for this
 * site, dated today with the date in its address), the documents it speaks about picked from the
 * council's, the source needed only for a copy of a published document, the body as rich text.
 */
export function statementFields(documents: Choice[] = []): Record<string, ComponentSchema> {
  const title = shapeOf(statement.shape.title);
  const form = objectFields(statement, {
    title: focused(
      fields.slug({
        name: {
          label: title.description ?? 'Headline',
          validation: { isRequired: true },
        },
        slug: {
          label: 'Web address (file name)',
          description:
            "The end of the statement's web address: the headline's words, then the date of publication, e.g. board-meets-2019-11-20. Never change it once published: people quote it.",
          generate: (name: string) => (slugify(name) ? `${slugify(name)}-${today()}` : ''),
          validation: {
            pattern: {
              regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
              message: 'Use lower-case letters, digits and hyphens only, e.g. board-meets-2019-11-20',
            },
          },
        },
      }),
    ),
    // The schema's own field (a day, a month or a year, as the source gives it; empty where the
    // source is undated), so every date the check accepts opens and saves; today by default.
    date: (generated: ComponentSchema) => ({ ...generated, defaultValue: today }) as ComponentSchema,
    kind: choice({
      label: 'Kind of statement',
      description: 'A statement from the council; a press release; or a statement signed jointly with partners.',
      options: [
        { label: 'Statement', value: 'statement' },
        { label: 'Press release', value: 'press-release' },
        { label: 'Joint statement', value: 'joint-statement' },
      ],
      defaultValue: 'statement',
    }),
    about: picker(
      'Documents it speaks about',
      "Tick each of the council's documents the statement is about. A document not listed is not on the site yet: add it first (a monitoring visit has its own form), then tick it here.",
      documents,
    ),
    origin: choice({
      label: 'Who wrote it',
      description:
        'Your own statement, written for this site; or a copy of a document published elsewhere, word for word.',
      options: [
        { label: 'Written for this site', value: 'original' },
        { label: 'Copied word for word from a published document', value: 'transcribed' },
      ],
      defaultValue: 'original',
    }),
    sources: (generated) =>
      fields.array((generated as unknown as { element: ComponentSchema }).element, {
        label: 'Where it was published first (only for a copy)',
        description:
          'For a copy of a published document, its title, publisher and date. Leave it empty for your own statement: the council and the date of publication are filled in when you save.',
        itemLabel: (props) =>
          String((props as unknown as { fields: { title: { value: string } } }).fields.title.value || '(empty)'),
      }),
  });
  return {
    ...form,
    body: fields.mdx({
      label: 'The statement',
      description: 'The text of the statement, one paragraph per block.',
      extension: 'mdx',
      options: { image: false },
    }),
  };
}

/**
 * The recommendations of several inspections as one list of numbers, each labelled with its words
 * in each inspection that has it: "8: Ensure … (2015 report) · Take … (2018 report)".
 */
export function eachRecommendation(inspections: EditorContent['authorities'][number]['inspections']): Choice[] {
  const labels = new Map<string, string[]>();
  for (const i of inspections)
    for (const r of i.recommendations) {
      const words = r.label.replace(/^[^:]*:\s*/, '');
      labels.set(r.value, [...(labels.get(r.value) ?? []), `${words} (${i.title})`]);
    }
  return [...labels]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([value, words]) => ({ value, label: `${value}: ${words.join(' · ')}` }));
}

/**
 * A document's title, which also makes its file name: the end of its web address, never changed once
 * published. `generate` turns the title into the suggested name; `example` is a good one.
 */
function titleField(options: {
  label: string;
  description: string;
  what: string;
  example: string;
  generate?: (name: string) => string;
}): ComponentSchema {
  return fields.slug({
    name: { label: options.label, description: options.description, validation: { isRequired: true } },
    slug: {
      label: 'Web address (file name)',
      description: `The end of the ${options.what}'s web address: ${options.example}. Never change it once published.`,
      generate: options.generate ?? ((name: string) => slugify(name)),
      validation: {
        pattern: {
          regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
          message: `Use lower-case letters, digits and hyphens only, e.g. ${options.example.replace(/^.* e\.g\. /, '')}`,
        },
      },
    },
  });
}

/** The council's inspections as choices: each by its id, shown by its title. */
function inspectionChoices(a: EditorContent['authorities'][number]): Choice[] {
  return a.inspections.map((i) => ({ value: i.id, label: i.title }));
}

/** A monitoring visit's fields: its findings, the inspection it follows picked from the council's. */
export function visitFields(a: EditorContent['authorities'][number]): Record<string, ComponentSchema> {
  const tied = a.inspections.find((i) => i.id === a.visitsFollow);
  const each = a.inspections.filter((i) => a.visitsFollowEach.includes(i.id));
  return objectFields(monitoringVisit, {
    title: titleField({
      label: 'Title of the visit',
      description: 'For example "Monitoring visit, November 2026".',
      what: 'visit',
      example: 'the month and year, e.g. november-2026',
      generate: (name: string) => slugify(name.replace(/^monitoring visit,?\s*/i, '')),
    }),
    // What a finding concerns, picked from the recommendations of the inspection the council's
    // visits follow; where they follow different ones, a recommendation's number is offered with
    // its words in each of them (a form cannot change its choices with the inspection picked above,
    // and the check refuses a number the visit's own inspection lacks).
    ...(tied
      ? {
          'ties[].recommendations': picker(
            `Recommendations it concerns (${tied.title})`,
            "Tick each recommendation the letter's own words tie this finding to; none where it names none.",
            tied.recommendations,
          ),
        }
      : each.length > 0
        ? {
            'ties[].recommendations': picker(
              'Recommendations it concerns (of the inspection this visit follows, chosen below)',
              "Tick each recommendation the letter's own words tie this finding to; none where it names none. Each number shows its words in each inspection the council's visits follow: read the one this visit follows.",
              eachRecommendation(each),
            ),
          }
        : {}),
    ...(a.inspections.length > 0
      ? {
          inspection: choice({
            label: 'The inspection it follows',
            options: inspectionChoices(a),
            defaultValue: a.inspections.at(-1)!.id,
          }),
        }
      : {}),
  });
}

/** An inspection's fields: the earlier inspection a recommendation repeats, picked from the council's. */
export function inspectionFields(a: EditorContent['authorities'][number]): Record<string, ComponentSchema> {
  return objectFields(inspection, {
    'recommendations[].repeatedFrom': nullableSelect({
      label: 'The earlier inspection it repeats',
      description: 'Chosen from the council\'s inspections; leave it at "None" where it repeats none.',
      choices: inspectionChoices(a),
      empty: 'None',
      absentKey: true,
    }),
  });
}

/** An indicator's fields: the plan version that set a target, picked from the council's. */
export function indicatorFields(a: EditorContent['authorities'][number]): Record<string, ComponentSchema> {
  return objectFields(indicator, {
    'targets[].setBy.planVersion': nullableSelect({
      label: 'The plan version that set it',
      description: 'For a target set by a plan version: chosen from the council\'s plans; "None" for any other.',
      choices: a.plans.flatMap((p) =>
        p.versions.map((v) => ({ value: `${p.id}/${v.id}`, label: `${p.title}, ${v.label}` })),
      ),
      empty: 'None',
      absentKey: true,
    }),
  });
}

/** A notice's fields: the inspection it rests on, and any other it cites, picked from the council's. */
export function noticeFields(a: EditorContent['authorities'][number]): Record<string, ComponentSchema> {
  const inspections = inspectionChoices(a);
  const notices = a.notices.map((n) => ({ value: n.id, label: n.title }));
  return objectFields(notice, {
    follows: nullableSelect({
      label: 'The earlier notice it follows',
      description: 'Chosen from the council\'s notices; leave it at "None" where it follows none.',
      choices: notices,
      empty: 'None',
      absentKey: true,
    }),
    'life[].replacedBy': nullableSelect({
      label: 'The notice or direction that replaced it',
      description: 'For a "replaced" event: chosen from the council\'s notices; "None" for any other event.',
      choices: notices,
      empty: 'None',
      absentKey: true,
    }),
    inspection: nullableSelect({
      label: 'The inspection it rests on',
      description:
        'Chosen from the council\'s inspections; leave it at "None" where the notice rests on other documents (listed below) or on an inspection not on this site.',
      choices: inspections,
      empty: 'None',
      absentKey: true,
    }),
    ...restsOnFields(inspections),
  });
}

/** A document a notice or a plan rests on: its inspection, when it is one on this site, picked from the council's. */
function restsOnFields(inspections: Choice[]): Record<string, ComponentSchema> {
  return {
    'restsOn[].inspection': nullableSelect({
      label: 'The inspection, when it is on this site',
      description: 'Chosen from the council\'s inspections; leave it at "None" for any other document.',
      choices: inspections,
      empty: 'None',
      absentKey: true,
    }),
  };
}

/**
 * A plan's own fields (all its versions share them): its title, the inspection it answers and the
 * documents it rests on, picked from the council's, and the summaries of its ratings the council
 * reported (committee minutes, board papers).
 */
export function planFields(a: EditorContent['authorities'][number]): Record<string, ComponentSchema> {
  const inspections = inspectionChoices(a);
  return objectFields(planSchema, {
    inspection: nullableSelect({
      label: 'The inspection it answers',
      description:
        'Chosen from the council\'s inspections: its actions cite that inspection\'s recommendations and paragraphs. Leave it at "None" where the sources name none.',
      choices: inspections,
      empty: 'None',
      absentKey: true,
    }),
    ...restsOnFields(inspections),
  });
}

/** A peer review's fields: the notice it speaks to picked from the council's. */
export function peerReviewFields(a: EditorContent['authorities'][number]): Record<string, ComponentSchema> {
  return objectFields(peerReview, {
    title: titleField({
      label: 'Title as reported',
      description: 'The title of the report to the board, as it gives it.',
      what: 'peer review',
      example: 'short, with its year, e.g. peer-review-2026',
    }),
    notice: nullableSelect({
      label: 'The improvement notice it speaks to',
      description: 'Chosen from the council\'s notices; leave it at "None" where the review names none.',
      choices: a.notices.map((n) => ({ value: n.id, label: n.title })),
      empty: 'None',
      absentKey: true,
    }),
  });
}

/**
 * The fields of a kind the graph builds plainly (src/lib/graph/kinds.ts), made from its schema alone:
 * its title makes the file name. Undefined for a schema with no title, which then has no form.
 */
export function plainFields(spec: CollectionSpec): Record<string, ComponentSchema> | undefined {
  const shape = shapeOf(spec.schema);
  const core = shape.core as z.ZodObject;
  if (shape.type !== 'object' || !('title' in core.shape)) return undefined;
  return objectFields(core, {
    title: titleField({
      label: 'Title',
      description: `The title of the ${spec.label}, as its source gives it.`,
      what: spec.label,
      example: 'short, with its year, e.g. report-2026',
    }),
  });
}

/** A correction is dated today unless the officer says otherwise. */
const correctionDate = {
  'corrections[].date': (generated: ComponentSchema) => ({ ...generated, defaultValue: today }) as ComponentSchema,
};

/** A plan version table's fields: ratings and lead roles chosen from the plan's own lists. */
export function planTableFields(
  plan: EditorContent['authorities'][number]['plans'][number],
): Record<string, ComponentSchema> {
  const at = 'themes[].objectives[].actions[]';
  const visits = picker(
    'Monitoring visits cited',
    "Tick each of the council's monitoring visits the plan cites here. A visit not listed is not on the site yet: add it in Monitoring visits first.",
    plan.visits,
  );
  return objectFields(planOutline, {
    ...correctionDate,
    // The dialog opens on what an officer updates (rating, direction, evidence), not on the
    // reference number, which is the action's public address.
    [at]: (generated) => {
      const object = generated as unknown as { fields: Record<string, ComponentSchema> };
      const { rag, dot, evidence, ...rest } = object.fields;
      return { ...generated, fields: { rag: rag!, dot: dot!, evidence: evidence!, ...rest } } as ComponentSchema;
    },
    [`${at}.monitoringVisits`]: visits,
    'themes[].objectives[].aims[].recommendations': picker(
      'Recommendations it answers',
      "Tick each recommendation of the inspection the plan answers that this aim's citation names.",
      plan.recommendations,
    ),
    [`${at}.paragraphs`]: numberPicker(
      'Report paragraphs cited',
      'Tick each numbered paragraph of the inspection report the action cites.',
      plan.paragraphs,
    ),
    'themes[].objectives[].aims[].monitoringVisits': picker(
      'Monitoring visits it answers',
      "Tick each of the council's monitoring visits this aim answers.",
      plan.visits,
    ),
    [`${at}.rag`]: nullableSelect({
      label: 'Rating',
      description: `The rating from this version's scale: choose "${notYetRated}" where the plan gives none.`,
      choices: plan.ratings,
      empty: notYetRated,
    }),
    // Lead roles and partners' roles are chosen from the council's roles (the check refuses any other id).
    ...(plan.roles.length > 0
      ? {
          [`${at}.partners[].role`]: choice({
            label: 'Role',
            description:
              "The role the lead names as a partner or deliverer, from the council's roles (Council, partners and roles).",
            options: plan.roles,
            defaultValue: plan.roles[0]!.value,
          }),
          [`${at}.leadRoles[]`]: choice({
            label: 'Role',
            description: "A role named in the lead, from the council's roles (Council, partners and roles).",
            options: plan.roles,
            defaultValue: plan.roles[0]!.value,
          }),
        }
      : {}),
    [`${at}.dot`]: nullableSelect({
      label: 'Direction of travel',
      description: `Direction of travel since the previous version: choose "${notStated}" where the plan gives none.`,
      choices: dotValues.map((value) => ({ value, label: optionLabel(value) })),
      empty: notStated,
    }),
  });
}

/**
 * The site settings' fields: the contact (an email address, a page, or neither) and each council's
 * as-of date (the day its plans are judged as of; empty for its latest version's date) as fields.
 */
export function siteFields(content: EditorContent): Record<string, ComponentSchema> {
  const contact = shapeOf(siteSettings.shape.contact);
  return objectFields(siteSettings, {
    contact: fields.object(objectFields(contact.core as z.ZodObject, {}, 'contact.'), {
      label: 'How readers reach the publisher',
      description: 'An email address readers can write to, a contact page, or both; leave both empty for neither.',
    }),
    asOf: fields.object(
      Object.fromEntries(
        content.authorities.map((a) => [
          a.id,
          fieldFor(
            a.id,
            isoDate
              .optional()
              .describe(
                `${a.name}: the day its plans are judged as of ("overdue" means due before then), YYYY-MM-DD; leave it empty to judge them as of its latest plan version's date`,
              ),
          ),
        ]),
      ),
      {
        label: 'As-of dates',
        description:
          'For a council whose plans are judged as of a date other than its latest version\'s: each page that says "overdue" says as of which date.',
      },
    ),
  });
}

/** The whole editor: per council, its statements (create and edit) and its documents (edit). */
export function editorConfig(content: EditorContent) {
  const collections: Record<string, ReturnType<typeof collection>> = {};
  const singletons: Record<string, ReturnType<typeof singleton>> = {};
  const navigation: Record<string, string[]> = {};
  const c = content.contentDir;
  for (const a of content.authorities) {
    const nav: string[] = [];
    const statements = formName('statements', a.id);
    collections[statements] = collection({
      label: 'Statements',
      path: `${c}/statements/${a.id}/*`,
      // The generated schema is typed as a record, so Keystatic's key types cannot see 'title'.
      slugField: 'title' as never,
      format: { contentField: 'body' },
      entryLayout: 'form',
      columns: ['title', 'date'] as never[],
      previewUrl: `/${a.id}/statements/{slug}/`,
      schema: statementFields(a.documents),
    });
    nav.push(statements);
    // A council's list of JSON documents (create and edit), in its collection's folder, each
    // previewed at its page (`previewUrl`, with "{slug}" for the file's id).
    const list = (
      kind: CollectionName,
      label: string,
      previewUrl: string,
      dateColumn: string | undefined,
      schema: Record<string, ComponentSchema>,
    ) => {
      const k = formName(kind, a.id);
      collections[k] = collection({
        label,
        path: `${c}/${registry[kind].dir}/${a.id}/*`,
        slugField: 'title' as never,
        format: { data: 'json' },
        entryLayout: 'form',
        columns: ['title', ...(dateColumn ? [dateColumn] : [])] as never[],
        previewUrl,
        schema,
      });
      nav.push(k);
    };
    list('monitoringVisits', 'Monitoring visits', `/${a.id}/monitoring-visits/{slug}/`, 'visited', visitFields(a));
    list('peerReviews', 'Peer reviews', `/${a.id}/peer-reviews/{slug}/`, 'date', peerReviewFields(a));
    // Each kind the graph builds plainly, from its rows alone: previewed at its path, "{slug}" for the file's id.
    for (const { row } of plainKinds()) {
      const schema = plainFields(registry[row.collection]);
      if (!schema) continue;
      const stand = { slug: '{slug}', authority: { slug: a.id } } as unknown as Parameters<typeof row.path>[0];
      const dated = 'date' in schema ? 'date' : undefined;
      list(row.collection, row.overview ?? registry[row.collection].label, row.path(stand), dated, schema);
    }
    const one = (
      kind: EditedKind,
      ids: string[],
      label: string,
      path: string,
      schema: Record<string, ComponentSchema>,
      previewUrl?: string,
    ) => {
      const k = formName(kind, a.id, ...ids);
      singletons[k] = singleton({
        label,
        path,
        format: { data: 'json' },
        schema,
        ...(previewUrl ? { previewUrl } : {}),
      });
      nav.push(k);
    };
    const plans = a.plans.length;
    for (const plan of a.plans) {
      one(
        'plans',
        [plan.id],
        `${plans > 1 ? `${plan.id}: ` : ''}Plan and reported ratings`,
        `${c}/plans/${a.id}/${plan.id}`,
        planFields(a),
        `/${a.id}/plans/${plan.id}/`,
      );
      for (const version of plan.versions) {
        // Each form opens on where the version stands: published (changed only by a correction)
        // or open for updates, and on the newest, "Start the next version".
        const standing = versionBanner(`${a.id}/${plan.id}/${version.id}`);
        const table = formName('planOutlines', a.id, plan.id, version.id);
        singletons[table] = singleton({
          label: `${plans > 1 ? `${plan.id}: ` : ''}Plan actions, ${version.label}`,
          path: `${c}/plan-versions/${a.id}/${plan.id}/${version.id}`,
          format: { data: 'json' },
          previewUrl: `/${a.id}/plans/${plan.id}/${version.id}/`,
          schema: { standing, ...planTableFields(plan) },
        });
        const details = formName('planVersions', a.id, plan.id, version.id);
        singletons[details] = singleton({
          label: `${plans > 1 ? `${plan.id}: ` : ''}Plan details, ${version.label}`,
          path: `${c}/plan-versions/${a.id}/${plan.id}/${version.id}`,
          format: { contentField: 'body' },
          previewUrl: `/${a.id}/plans/${plan.id}/${version.id}/`,
          schema: {
            standing,
            ...objectFields(planVersion, correctionDate),
            body: fields.mdx({ label: 'Introduction', extension: 'mdx', options: { image: false } }),
          },
        });
        nav.push(table, details);
      }
    }
    one(
      'authorities',
      [],
      'Council, partners and roles',
      `${c}/authorities/${a.id}`,
      objectFields(authority),
      `/${a.id}/`,
    );
    for (const i of a.inspections)
      one(
        'inspections',
        [i.id],
        `Inspection: ${i.id}`,
        `${c}/inspections/${a.id}/${i.id}`,
        inspectionFields(a),
        `/${a.id}/inspections/${i.id}/`,
      );
    for (const n of a.notices)
      one(
        'notices',
        [n.id],
        `Notice: ${n.id}`,
        `${c}/notices/${a.id}/${n.id}`,
        noticeFields(a),
        `/${a.id}/notices/${n.id}/`,
      );
    for (const i of a.indicators) {
      one(
        'indicators',
        [i.id],
        `Indicator: ${i.id}`,
        `${c}/indicators/${a.id}/${i.id}`,
        indicatorFields(a),
        `/${a.id}/indicators/${i.id}/`,
      );
      one(
        'figures',
        [i.id],
        `Figures: ${i.id}`,
        `${content.dataDir}/figures/${a.id}/${i.id}`,
        objectFields(figures),
        `/${a.id}/indicators/${i.id}/`,
      );
    }
    navigation[a.shortName] = nav;
  }
  // The site's own settings (name, publisher, logo, colour, contact, licence): content, not code.
  singletons.site = singleton({
    label: 'Site settings',
    path: `${c}/site`,
    format: { data: 'json' },
    schema: siteFields(content),
  });
  navigation['This site'] = ['site'];
  return config({
    storage: { kind: 'local' },
    ui: { brand: { name: 'Improvement Tracker editor' }, navigation },
    collections,
    singletons,
  });
}
