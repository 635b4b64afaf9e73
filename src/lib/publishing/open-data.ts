import { z } from 'astro/zod';
import {
  openDataRecords,
  type ActionRecord,
  type DatasetName,
  type ParagraphRecord,
  type FigureRecord,
  type FindingRecord,
  type RecommendationRecord,
  type RecommendationViewsRecord,
  csvDatasets,
  placed as placedFields,
} from '../../schemas/open-data.ts';
import { answersTo, unaddressedRecommendations } from '../derivations/coverage.ts';
import { ratingCounts } from '../derivations/ratings.ts';
import { latestFinding } from '../derivations/visits.ts';
import type { ActionNode, Graph } from '../graph/graph.ts';
import { isOverdue } from '../derivations/overdue.ts';
import { judgedAt } from '../derivations/as-at.ts';
import { urlOf } from './urls.ts';
import { notYetRated } from '../base/vocabulary.ts';
import { collections } from '../content/collections.ts';
import { plainKinds, statementTypes } from '../graph/kinds.ts';

/** Flattens one action for open data. */
export function actionRecord(action: ActionNode): ActionRecord {
  const { version } = action;
  const { plan } = version;
  return {
    authority: plan.authority.slug,
    plan: plan.slug,
    version: version.slug,
    versionPublished: version.data.published,
    ref: action.ref,
    theme: action.theme.ref,
    themeTitle: action.theme.title,
    objective: action.objective.ref,
    desiredOutcome: action.data.desiredOutcome,
    actions: action.data.actions,
    lead: action.data.lead ?? null,
    leadRoles: action.data.leadRoles,
    partners: action.data.partners ?? [],
    timescale: action.data.timescale ?? null,
    due: action.due.kind === 'date' ? action.due.date : null,
    immediate: action.due.kind === 'immediate',
    overdue: isOverdue(action),
    asOf: judgedAt(version).date,
    impact: action.data.impact,
    measure: action.data.measure,
    evidence: action.data.evidence,
    rag: action.data.rag,
    ragLabel: action.rating?.label ?? notYetRated,
    dot: action.data.dot,
    inspection: plan.inspection?.slug ?? null,
    recommendations: action.recommendations.map((r) => r.id),
    paragraphs: action.paragraphs.map((p) => p.number),
    monitoringVisits: action.monitoringVisits.map((v) => v.slug),
    url: urlOf(action),
  };
}

const key = (a: ActionNode) => ({ plan: a.version.plan.slug, version: a.version.slug, ref: a.ref });

/** Every published dataset, keyed by file name (without ".json"): the named sets, then one per plain kind. */
export type OpenData = Record<DatasetName, unknown[]> & Record<string, unknown[]>;

/** Builds every published dataset from the graph, keyed by file name (without ".json"). */
export function openData(graph: Graph): OpenData {
  const inspections = [...graph.inspections.values()];
  const placed = (node: { authority: { slug: string }; slug: string; data: object }) => ({
    authority: node.authority.slug,
    id: node.slug,
    ...node.data,
  });
  const recommendations: RecommendationRecord[] = inspections.flatMap((inspection) => {
    const unaddressed = new Set(unaddressedRecommendations(inspection));
    return inspection.recommendations.map((r) => ({
      authority: inspection.authority.slug,
      inspection: inspection.slug,
      id: r.id,
      text: r.data.text,
      repeated: r.data.repeated,
      repeatedFrom: r.repeatedFrom?.slug ?? null,
      objectives: r.aims
        .map((aim) => ({
          plan: aim.objective.version.plan.slug,
          version: aim.objective.version.slug,
          ref: aim.objective.ref,
        }))
        .filter(
          (o, i, all) => all.findIndex((x) => x.version === o.version && x.ref === o.ref && x.plan === o.plan) === i,
        ),
      actions: [...new Set(r.aims.flatMap((aim) => aim.objective.actions))].map(key),
      unaddressed: unaddressed.has(r),
      url: urlOf(r),
    }));
  });
  const paragraphs: ParagraphRecord[] = inspections.flatMap((inspection) =>
    inspection.paragraphs.map((p) => ({
      authority: inspection.authority.slug,
      inspection: inspection.slug,
      number: p.number,
      text: p.data.text,
      citedBy: p.citedBy.map(key),
      url: urlOf(p),
    })),
  );
  return {
    authorities: graph.authorities.map((a) => ({ id: a.slug, ...a.data })),
    inspections: inspections.map(placed),
    recommendations,
    paragraphs,
    'monitoring-visits': [...graph.monitoringVisits.values()].map(placed),
    notices: [...graph.notices.values()].map(placed),
    indicators: [...graph.indicators.values()].map(placed),
    plans: [...graph.plans.values()].map(placed),
    'plan-versions': [...graph.planVersions.values()].map((v) => ({
      authority: v.plan.authority.slug,
      plan: v.plan.slug,
      id: v.slug,
      ...v.data,
      // Every correction since publication, to its details and to its table.
      corrections: v.corrections,
    })),
    actions: [...graph.planVersions.values()].flatMap((v) => v.actions.map((a) => actionRecord(a))),
    'peer-reviews': [...graph.peerReviews.values()].map(placed),
    statements: [...graph.statements.values()].map((s) => ({ ...placed(s), body: s.body.trim() })),
    figures: [...graph.indicators.values()].flatMap((indicator) =>
      indicator.figures.map((f): FigureRecord => ({
        authority: indicator.authority.slug,
        indicator: indicator.slug,
        indicatorTitle: indicator.data.title,
        unit: indicator.data.unit ?? null,
        period: f.period ?? null,
        periodInferred: f.dateNotes.period?.inferred ?? null,
        value: f.value ?? null,
        valueText: f.valueText ?? null,
        basis: f.basis ?? null,
        source: f.source,
        url: urlOf(indicator),
      })),
    ),
    findings: [...graph.monitoringVisits.values()].flatMap((visit) =>
      visit.data.findings.map((finding, i): FindingRecord => {
        const tie = visit.ties.find((t) => t.finding === finding);
        return {
          authority: visit.authority.slug,
          visit: visit.slug,
          inspection: visit.inspection.slug,
          visited: visit.data.visited ?? null,
          letter: visit.data.letter ?? null,
          number: i + 1,
          finding,
          recommendations: tie?.recommendations.map((r) => r.id) ?? [],
          areas: tie?.areas ?? [],
          tiedBy: tie?.words ?? null,
          url: urlOf(visit),
        };
      }),
    ),
    'recommendation-views': inspections.flatMap((inspection) =>
      inspection.recommendations.map((r): RecommendationViewsRecord => {
        const tie = latestFinding(r);
        return {
          authority: inspection.authority.slug,
          inspection: inspection.slug,
          recommendation: r.id,
          council: inspection.plans.map((plan) => {
            const version = plan.latest;
            const actions = answersTo(r).find((a) => a.version === version)?.actions ?? [];
            const scale = version.data.ratingScale;
            return {
              plan: plan.slug,
              version: version.slug,
              versionPublished: version.data.published,
              actions: actions.length,
              ratings: scale
                ? ratingCounts(actions, scale.ratings)
                    .filter((c) => c.count > 0)
                    .map((c) => ({ rating: c.label, count: c.count }))
                : [],
            };
          }),
          inspectors: tie
            ? {
                visit: tie.visit.slug,
                visited: tie.visit.data.visited ?? null,
                letter: tie.visit.data.letter ?? null,
                certain: tie.certain,
                finding: tie.finding,
                tiedBy: tie.words,
              }
            : null,
          url: urlOf(r),
        };
      }),
    ),
    // Each plain kind's files (src/lib/graph/kinds.ts), as its documents are: data, council and id.
    ...Object.fromEntries(
      plainKinds().map(({ row }) => [row.openData, graph.authorities.flatMap((a) => row.documents!(a)).map(placed)]),
    ),
  };
}

/**
 * The names of the published datasets: the named sets (src/schemas/open-data.ts), then one per plain
 * kind of the kinds table, read when called so a new kind's set follows its row.
 */
export function datasetNames(): string[] {
  return [...Object.keys(openDataRecords), ...plainKinds().map(({ row }) => row.openData)];
}

/** The schema of one record of a dataset: a named set's, or a plain kind's file schema with its council and id. */
export function datasetRecord(name: string): z.ZodObject {
  if (name === 'statements') {
    // The types a statement can name are the kinds table's: the published schema lists them.
    const about = openDataRecords.statements.shape.about;
    const types = statementTypes().join('|');
    const ref = z.string().regex(new RegExp(`^(${types})\\/[a-z0-9]+(?:[a-z0-9.-]*[a-z0-9])?$`));
    return openDataRecords.statements.safeExtend({ about: z.array(ref).default([]).describe(about.description!) });
  }
  if (name in openDataRecords) return openDataRecords[name as DatasetName];
  const plain = plainKinds().find(({ row }) => row.openData === name);
  if (!plain) throw new Error(`No open-data set "${name}"`);
  return (collections[plain.row.collection].schema as z.ZodType as z.ZodObject).safeExtend(placedFields);
}

/** The JSON Schema of one dataset file (an array of records), generated from its zod schema. */
export function datasetJsonSchema(name: string): object {
  return z.toJSONSchema(z.array(datasetRecord(name)).describe(`Improvement Tracker open data: ${name}`), {
    target: 'draft-2020-12',
    io: 'output',
  });
}

/** The recommendation views' CSV columns: one row per plan, each with the inspectors' latest tied finding. */
const recommendationViewColumns = [
  'authority',
  'inspection',
  'recommendation',
  'councilPlan',
  'councilVersion',
  'councilVersionPublished',
  'councilActions',
  'councilRatings',
  'inspectorsVisit',
  'inspectorsVisited',
  'inspectorsLetter',
  'inspectorsFinding',
  'inspectorsTiedBy',
  'url',
];

/** The columns of a dataset's CSV, in order: a flat dataset's fields, or the recommendation views' columns. */
export function csvHeader(name: (typeof csvDatasets)[number]): string[] {
  return name === 'recommendation-views' ? [...recommendationViewColumns] : Object.keys(openDataRecords[name].shape);
}

/**
 * The rows of a dataset published as CSV, header first: flat records as they are, lists joined by
 * "; ", and the recommendation views one row per plan (a recommendation no plan answers has one row,
 * its plan columns empty), each row with the inspectors' latest tied finding.
 */
export function csvRows(name: (typeof csvDatasets)[number], data: OpenData): string[][] {
  const cell = (v: unknown): string =>
    v === null || v === undefined ? '' : Array.isArray(v) ? v.map(cell).join('; ') : String(v);
  const header = csvHeader(name);
  if (name !== 'recommendation-views') {
    const records = data[name] as Record<string, unknown>[];
    return [header, ...records.map((r) => header.map((k) => cell(r[k])))];
  }
  const rows = (data[name] as RecommendationViewsRecord[]).flatMap((r) => {
    const i = r.inspectors;
    const inspectors = [i?.visit, i?.visited, i?.letter, i?.finding, i?.tiedBy].map(cell);
    const plans = r.council.length > 0 ? r.council : [undefined];
    return plans.map((c) => [
      r.authority,
      r.inspection,
      r.recommendation,
      ...(c
        ? [
            c.plan,
            c.version,
            c.versionPublished,
            String(c.actions),
            c.ratings.map((x) => `${x.count} ${x.rating}`).join('; '),
          ]
        : ['', '', '', '', '']),
      ...inspectors,
      r.url,
    ]);
  });
  return [header, ...rows];
}
