import { templateText } from '../../schemas/statement.ts';
import { latestVersionEntry, nextVersionMdx, versionPaths, withoutCorrections } from './plan-version-files.ts';
import type { ContentSet, Entry } from './content.ts';
import type { SourceFile } from './parse-content.ts';
import type { PlanVersion } from '../../schemas/plan-version.ts';
import { isPartialDate } from '../../schemas/common.ts';
import { splitId } from '../base/ids.ts';

export { slugify } from '../base/ids.ts';
import { certainlyBefore, formatDate } from '../base/dates.ts';

const yamlString = (value: string) => JSON.stringify(value);

/**
 * A new statement's MDX, with every section ready to edit. Its example texts (templateText) are
 * refused by the check until the author replaces or deletes them.
 */
export function statementMdx(options: { title: string; date: string; authorityName: string }): string {
  return `---
# A statement. Replace every example below, then run: npm run check
# (the check refuses the example texts until they are replaced or deleted)
title: ${yamlString(options.title)}
# Add the press office's reference here if there is one, e.g.  reference: "PR5301"
date: ${yamlString(options.date)}
# One of: joint-statement, press-release, statement
kind: "statement"
# The summary, shown in listings, the feed and link previews.
summary: ${yamlString(templateText.summary)}
signatories:
  - ${yamlString(options.authorityName)}
# Documents the statement speaks about, as "<type>/<id>", e.g. "inspections/ofsted-2018", "plans/improvement-plan".
about: []
keyActions:
  - text: ${yamlString(templateText.keyAction)}
    items: []
questions:
  - question: ${yamlString(templateText.question)}
    answer:
      - ${yamlString(templateText.answer)}
# "original": written for this site. Use "transcribed" if you copy a statement already published elsewhere.
origin: "original"
sources:
  - title: ${yamlString(options.title)}
    publisher: ${yamlString(options.authorityName)}
    date: ${yamlString(options.date)}
    # Where the public can read it, once it is online, e.g.  address: "https://www.example.gov.uk/news/…"
# While this is true the statement is checked but never published. To hold it back until a
# moment, add e.g.  publishAt: "2026-12-01 09:30"  (UK time).
draft: false
---

${templateText.body}
`;
}

/** The next version id after a plan's versions: v1, v2 → v3. */
export function nextVersionId(existing: readonly string[]): string {
  const numbers = existing.map((v) => Number(/^v(\d+)$/.exec(v)?.[1] ?? 0));
  return `v${Math.max(0, ...numbers) + 1}`;
}

/** The files of a plan's next version, started from its latest: same table, new label and date. */
export function nextVersionFiles(options: {
  planKey: string;
  version: string;
  baseMdx: string;
  baseJson: string;
  published: string;
}): { path: string; text: string }[] {
  const paths = versionPaths(options.planKey, options.version);
  const label = `Version ${options.version.replace(/^v/, '')}`;
  const json = withoutCorrections(options.baseJson.trimEnd());
  return [
    { path: paths.mdx, text: nextVersionMdx(options.baseMdx, label, options.published) },
    { path: paths.json, text: json === options.baseJson.trimEnd() ? options.baseJson : `${json}\n` },
  ];
}

/**
 * The next version of a plan, started from its latest (`npm run new -- plan-version` and the
 * editor's "Start the next version"): its id and label, the version it starts from, and its files
 * (relative to the content folder), or a problem in plain words. `files` are the content files as
 * they stand, so a version file that does not parse still counts as taken.
 */
export function startNextVersion(
  content: ContentSet,
  files: readonly SourceFile[],
  planKey: string,
  published: string,
):
  | { version: string; label: string; from: Entry<PlanVersion>; files: { path: string; text: string }[] }
  | { problem: string } {
  const base = latestVersionEntry(content, planKey);
  if (!base)
    return {
      problem: `No plan "${planKey}" with a version: known plans are ${content.plans.map((p) => p.id).join(', ')}`,
    };
  if (!isPartialDate(published))
    return {
      problem: `${JSON.stringify(published)} is not a date: give the new version's own date as YYYY-MM (e.g. 2026-12), YYYY-MM-DD or YYYY`,
    };
  if (certainlyBefore(published, base.data.published))
    return {
      problem: `The new version's date (${formatDate(published)}) is before ${base.data.label}'s (${formatDate(base.data.published)}): a version started from ${base.data.label} comes after it. Give its own date, e.g. this month's.`,
    };
  const folder = `plan-versions/${planKey}/`;
  const taken = files
    .filter((f) => f.root === 'content' && f.path.startsWith(folder) && !f.path.slice(folder.length).includes('/'))
    .map((f) => f.path.slice(folder.length).replace(/\.[a-z]+$/, ''));
  const version = nextVersionId(taken);
  const read = (path: string) => files.find((f) => f.root === 'content' && f.path === path)?.text ?? '';
  return {
    version,
    label: `Version ${version.replace(/^v/, '')}`,
    from: base,
    files: nextVersionFiles({
      planKey,
      version,
      published,
      baseMdx: read(`plan-versions/${base.id}.mdx`),
      baseJson: read(`plan-versions/${base.id}.json`),
    }),
  };
}

/** Text a scaffold puts where only the source's words will do; the check refuses it until replaced. */
export const EDIT = 'EDIT:';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const fixmeSource = (what: string) => [
  {
    title: `${EDIT} the title of the ${what} as published`,
    file: `${EDIT} the name of the file you read it from`,
    publisher: `${EDIT} who published it, as the ${what} names them, or delete this line where it names no one`,
    // date (YYYY, YYYY-MM or YYYY-MM-DD) and address (https://…) are added by the author where the source gives them
  },
];

/** A new authority file. */
export function authorityScaffold(id: string, name: string): { path: string; text: string } {
  return {
    path: `authorities/${id}.json`,
    text: json({
      name,
      shortName: name.replace(/\s+(Borough|County|City|Metropolitan Borough)?\s*Council$/i, '').trim() || name,
      partners: [],
      roles: [],
    }),
  };
}

/** A new inspection file: dates as given, and every recommendation as the report names it. */
export function inspectionScaffold(
  authority: string,
  id: string,
  published: string | undefined,
): { path: string; text: string } {
  return {
    path: `inspections/${authority}/${id}.json`,
    text: json({
      title: `${EDIT} the report's title, e.g. "Inspection of local authority children's services"`,
      inspectorate: 'Ofsted',
      ...(published ? { published } : { fieldworkStart: `${EDIT} YYYY-MM-DD` }),
      judgements: [],
      recommendations: [],
      paragraphs: [],
      sources: fixmeSource('report'),
      notes: [],
    }),
  };
}

/**
 * A new monitoring visit from its letter: the letter's date and the inspection it follows as given,
 * and the headline findings in the letter's words. Nothing the letter may not say is filled in: the
 * visit's own date is left to copy from the letter (it is often a different day, or only a month), and
 * no finding is tied to a recommendation: add `ties` only where the letter itself names one.
 */
export function monitoringVisitScaffold(
  authority: string,
  id: string,
  options: { letter: string; inspection: string; findings: readonly string[] },
): { path: string; text: string } {
  return {
    path: `monitoring-visits/${authority}/${id}.json`,
    text: json({
      title: `Monitoring visit, letter of ${formatDate(options.letter)}`,
      inspection: options.inspection,
      visited: `${EDIT} when the visit took place, as the letter gives it: YYYY-MM-DD, YYYY-MM or YYYY`,
      letter: options.letter,
      findings:
        options.findings.length > 0 ? [...options.findings] : [`${EDIT} a headline finding, in the letter's words`],
      ties: [],
      sources: fixmeSource('letter'),
      notes: [],
    }),
  };
}

/** A new notice file: every field to fill from the notice, or to mark "not in the source". */
export function noticeScaffold(
  authority: string,
  id: string,
  issued: string,
  inspection: string | undefined,
): { path: string; text: string } {
  return {
    path: `notices/${authority}/${id}.json`,
    text: json({
      // Nothing is pre-filled that the notice may not say: its title and issuer are the notice's own
      // words (a notice may be headed otherwise, and may name no issuer).
      title: `${EDIT} the notice's title as it is headed, e.g. "Improvement Notice"`,
      issued,
      issuedBy: `${EDIT} who issued the notice, as the notice names them, or remove this line and say so in notInSource`,
      addressee: `${EDIT} the addressee as written on the notice`,
      area: `${EDIT} the service, e.g. "Children's social care services"`,
      ...(inspection
        ? { inspection }
        : { restsOn: [{ title: `${EDIT} the document the notice rests on`, kind: 'inspection' }] }),
      basis: `${EDIT} the notice's words for its evidence`,
      leadIns: {},
      measures: [{ text: `${EDIT} a measure, in the notice's words` }],
      consequence: `${EDIT} the consequence of failing to comply, or remove this line and say why in notInSource`,
      notInSource: {},
      life: [],
      sources: fixmeSource('notice'),
      notes: [],
    }),
  };
}

/** A new indicator file. */
export function indicatorScaffold(
  authority: string,
  id: string,
  title: string,
  unit: string,
  direction: string,
): { path: string; text: string } {
  return {
    path: `indicators/${authority}/${id}.json`,
    text: json({
      title,
      description: `${EDIT} what it counts, in plain words`,
      unit,
      ...(unit === 'rate' ? { per: 10000, population: `${EDIT} the population, e.g. "children aged under 18"` } : {}),
      direction: direction === 'lower' ? 'lower-is-better' : 'higher-is-better',
      targets: [],
    }),
  };
}

/** A new plan and its first version: one theme, objective and action to copy and edit. */
export function firstPlanScaffold(
  planKey: string,
  inspection: string,
  published: string,
  planExists: boolean,
): { path: string; text: string }[] {
  const { authority, slug: plan } = splitId(planKey);
  const files = [
    {
      path: `plan-versions/${planKey}/v1.mdx`,
      text: `---\n${JSON.stringify({ label: 'Version 1', published, stages: [], sources: fixmeSource('plan') }, null, 2)}\n---\n\n${EDIT} the plan's introduction, one paragraph per block of text. (No ratingScale: add the plan's own rating scale here if it has a rating column.)\n`,
    },
    {
      path: `plan-versions/${planKey}/v1.json`,
      text: json({
        themes: [
          {
            ref: '1',
            title: `${EDIT} the theme's title`,
            objectives: [
              {
                ref: '1.1',
                aims: [
                  {
                    text: `${EDIT} the objective's words`,
                    citation: `${EDIT} the citation in brackets, e.g. "recommendation 1"`,
                    recommendations: [],
                  },
                ],
                actions: [
                  {
                    ref: '1.1.1',
                    desiredOutcome: [`${EDIT} the desired outcome`],
                    actions: [`${EDIT} the actions`],
                    lead: `${EDIT} the lead, in the plan's words`,
                    leadRoles: [`${EDIT}`.toLowerCase().replace(':', '')],
                    timescale: `${EDIT} the timescale, in the plan's words`,
                  },
                ],
              },
            ],
          },
        ],
      }),
    },
  ];
  if (!planExists) {
    files.unshift({
      path: `plans/${authority}/${plan}.json`,
      text: json({ title: `${EDIT} the plan's title`, inspection, sources: fixmeSource('plan') }),
    });
  }
  return files;
}
