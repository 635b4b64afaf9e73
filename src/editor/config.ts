// The editor's configuration, built from the zod schemas (src/editor/zod-fields.ts) and the list of
// documents that exist (src/editor/editor-content.ts). keystatic.config.ts hands it to Keystatic.
import { collection, config, fields, singleton } from '@keystatic/core';
import type { ComponentSchema } from '@keystatic/core';
import { authority } from '../schemas/authority.ts';
import { figures } from '../schemas/figures.ts';
import { indicator } from '../schemas/indicator.ts';
import { inspection } from '../schemas/inspection.ts';
import { notice } from '../schemas/notice.ts';
import { planOutline } from '../schemas/plan-outline.ts';
import { planVersion } from '../schemas/plan-version.ts';
import { statement } from '../schemas/statement.ts';
import type { EditorContent } from './editor-content.ts';
import { nullableSelect, objectFields, optionLabel, shapeOf } from './zod-fields.ts';
import { action, dotValues } from '../schemas/plan-outline.ts';
// ids.ts imports nothing: the editor's browser bundle must not pull in the content reader (satteri is server-only).
import { slugify } from '../lib/base/ids.ts';
import { notStated, notYetRated } from '../lib/base/vocabulary.ts';

/** A statement's fields: the schema's, with the headline naming the file, and the body as rich text. */
export function statementFields(): Record<string, ComponentSchema> {
  const title = shapeOf(statement.shape.title);
  return {
    ...objectFields(statement, {
      title: fields.slug({
        name: {
          label: title.description ?? 'Headline',
          description: '(Saved as "title".)',
          validation: { isRequired: true },
        },
        slug: {
          label: 'Web address (file name)',
          description:
            "The end of the statement's web address, and its file name. End it with the date, e.g. board-meets-2019-11-20. Never change it once published: people quote it.",
          generate: (name: string) => slugify(name),
          validation: {
            pattern: {
              regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
              message: 'Use lower-case letters, digits and hyphens only, e.g. board-meets-2019-11-20',
            },
          },
        },
      }),
    }),
    body: fields.mdx({
      label: 'The statement',
      description: "The text of the statement, one paragraph per block. Saved as the file's body.",
      extension: 'mdx',
      options: { image: false },
    }),
  };
}

/** A plan version table's fields: ratings and lead roles chosen from the plan's own lists. */
export function planTableFields(
  plan: EditorContent['authorities'][number]['plans'][number],
): Record<string, ComponentSchema> {
  const at = 'themes[].objectives[].actions[]';
  return objectFields(planOutline, {
    [`${at}.rag`]: nullableSelect({
      label: 'Rating',
      description: `${action.shape.rag.description} (saved as "rag"): choose "${notYetRated}" where the plan gives none. The check refuses a rating this version's scale does not define.`,
      choices: plan.ratings,
      empty: notYetRated,
    }),
    // Lead roles are chosen from the council's roles (the check refuses any other id).
    ...(plan.roles.length > 0
      ? {
          [`${at}.leadRoles[]`]: fields.select({
            label: 'Role',
            description: "A role named in the lead, from the council's roles (Council, partners and roles).",
            options: plan.roles,
            defaultValue: plan.roles[0]!.value,
          }),
        }
      : {}),
    [`${at}.dot`]: nullableSelect({
      label: 'Direction of travel',
      description: `${action.shape.dot.description} (saved as "dot"): choose "${notStated}" where the plan gives none.`,
      choices: dotValues.map((value) => ({ value, label: optionLabel(value) })),
      empty: notStated,
    }),
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
    const key = (kind: string, ...ids: string[]) => [kind, a.id, ...ids].join('_').replace(/[^a-zA-Z0-9_]/g, '_');
    const statements = key('statements');
    collections[statements] = collection({
      label: 'Statements',
      path: `${c}/statements/${a.id}/*`,
      // The generated schema is typed as a record, so Keystatic's key types cannot see 'title'.
      slugField: 'title' as never,
      format: { contentField: 'body' },
      entryLayout: 'form',
      columns: ['title', 'date'] as never[],
      previewUrl: `/${a.id}/statements/{slug}/`,
      schema: statementFields(),
    });
    nav.push(statements);
    const plans = a.plans.length;
    for (const plan of a.plans) {
      for (const version of plan.versions) {
        const table = key('plan', plan.id, version.id, 'actions');
        singletons[table] = singleton({
          label: `${plans > 1 ? `${plan.id}: ` : ''}Plan actions, ${version.label}`,
          path: `${c}/plan-versions/${a.id}/${plan.id}/${version.id}`,
          format: { data: 'json' },
          previewUrl: `/${a.id}/plans/${plan.id}/${version.id}/`,
          schema: planTableFields(plan),
        });
        const details = key('plan', plan.id, version.id, 'details');
        singletons[details] = singleton({
          label: `${plans > 1 ? `${plan.id}: ` : ''}Plan details, ${version.label}`,
          path: `${c}/plan-versions/${a.id}/${plan.id}/${version.id}`,
          format: { contentField: 'body' },
          previewUrl: `/${a.id}/plans/${plan.id}/${version.id}/`,
          schema: {
            ...objectFields(planVersion),
            body: fields.mdx({ label: 'Introduction', extension: 'mdx', options: { image: false } }),
          },
        });
        nav.push(table, details);
      }
    }
    const one = (
      kind: string,
      id: string,
      label: string,
      path: string,
      schema: Record<string, ComponentSchema>,
      previewUrl?: string,
    ) => {
      const k = key(kind, id);
      singletons[k] = singleton({
        label,
        path,
        format: { data: 'json' },
        schema,
        ...(previewUrl ? { previewUrl } : {}),
      });
      nav.push(k);
    };
    one(
      'authority',
      'details',
      'Council, partners and roles',
      `${c}/authorities/${a.id}`,
      objectFields(authority),
      `/${a.id}/`,
    );
    for (const i of a.inspections)
      one(
        'inspection',
        i.id,
        `Inspection: ${i.id}`,
        `${c}/inspections/${a.id}/${i.id}`,
        objectFields(inspection),
        `/${a.id}/inspections/${i.id}/`,
      );
    for (const n of a.notices)
      one(
        'notice',
        n.id,
        `Notice: ${n.id}`,
        `${c}/notices/${a.id}/${n.id}`,
        objectFields(notice),
        `/${a.id}/notices/${n.id}/`,
      );
    for (const i of a.indicators) {
      one(
        'indicator',
        i.id,
        `Indicator: ${i.id}`,
        `${c}/indicators/${a.id}/${i.id}`,
        objectFields(indicator),
        `/${a.id}/indicators/${i.id}/`,
      );
      one(
        'figures',
        i.id,
        `Figures: ${i.id}`,
        `${content.dataDir}/figures/${a.id}/${i.id}`,
        objectFields(figures),
        `/${a.id}/indicators/${i.id}/`,
      );
    }
    navigation[a.shortName] = nav;
  }
  return config({
    storage: { kind: 'local' },
    ui: { brand: { name: 'Improvement Tracker editor' }, navigation },
    collections,
    singletons,
  });
}
