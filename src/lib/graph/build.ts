// Builds the cross-reference graph from validated content: checks it first (integrity/), then makes
// every node and links it both ways. Dates as of which plans and councils are judged come from
// src/lib/graph/as-of.ts; ids are split by ids.ts.
import type { Theme } from '../../schemas/plan-outline.ts';
import { comparePlanVersions, type ContentSet, type Entry } from '../content/content.ts';
import { ContentError } from '../content/problems.ts';
import { councilAsOf, planAsOf } from './as-of.ts';
import { compareDates, compareOptionalDates } from '../base/dates.ts';
import { compareOptionalPeriods } from '../base/periods.ts';
import { parseTimescale } from '../base/timescale.ts';
import { splitDocumentRef, splitId, splitVersionKey } from '../base/ids.ts';
import { checkIntegrity } from './integrity/index.ts';
import { dateOf, inspectionDate, kindRows, plainKinds } from './kinds.ts';
import type {
  ActionNode,
  AimNode,
  AuthorityNode,
  Graph,
  GraphOptions,
  IndicatorNode,
  InspectionNode,
  LinkableNode,
  MonitoringVisitNode,
  FindingTie,
  NoticeNode,
  ObjectiveNode,
  PeerReviewNode,
  PlainDocumentNode,
  PlanNode,
  PlanVersionNode,
  StatementNode,
  TargetNode,
  ThemeNode,
} from './nodes.ts';

/**
 * Builds the cross-reference graph from validated content. Runs the integrity check first and
 * throws a ContentError listing every problem, so no page is built from a broken reference.
 */
export function buildGraph(content: ContentSet, options: GraphOptions = {}): Graph {
  const problems = checkIntegrity(content);
  if (problems.length > 0) throw new ContentError(problems);

  const graph: Graph = {
    authorities: [],
    authorityBySlug: new Map(),
    inspections: new Map(),
    monitoringVisits: new Map(),
    notices: new Map(),
    indicators: new Map(),
    plans: new Map(),
    planVersions: new Map(),
    peerReviews: new Map(),
    statements: new Map(),
    glossary: content.glossary
      .flatMap((e) => e.data.terms)
      .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })),
  };
  const configured = options.asOf ?? {};

  for (const entry of content.authorities) {
    const node: AuthorityNode = {
      kind: 'authority',
      key: entry.id,
      slug: entry.id,
      file: entry.file,
      data: entry.data,
      roles: new Map(entry.data.roles.map((r) => [r.id, r])),
      inspections: [],
      monitoringVisits: [],
      notices: [],
      indicators: [],
      plans: [],
      peerReviews: [],
      statements: [],
      plainDocuments: new Map(),
      asOf: { date: '', reason: 'none', council: entry.data.shortName },
    };
    graph.authorities.push(node);
    graph.authorityBySlug.set(node.slug, node);
  }
  const base = <K extends string, T>(kind: K, entry: { id: string; file: string; data: T }) => {
    const { authority, slug } = splitId(entry.id);
    return {
      kind,
      key: entry.id,
      slug,
      file: entry.file,
      authority: graph.authorityBySlug.get(authority)!,
      data: entry.data,
    };
  };
  const inAuthority = (authority: AuthorityNode, slug: string) => `${authority.slug}/${slug}`;

  for (const entry of [...content.inspections].sort((a, b) =>
    compareOptionalDates(inspectionDate(a.data), inspectionDate(b.data)),
  )) {
    const node: InspectionNode = {
      ...base('inspection', entry),
      recommendations: [],
      paragraphs: [],
      monitoringVisits: [],
      notices: [],
      plans: [],
      repeatedIn: [],
    };
    node.recommendations = entry.data.recommendations.map((data) => ({
      kind: 'recommendation',
      inspection: node,
      id: data.id,
      data,
      aims: [],
      findings: [],
    }));
    node.paragraphs = [...entry.data.paragraphs]
      .sort((a, b) => a.number - b.number)
      .map((data) => ({ kind: 'paragraph', inspection: node, number: data.number, data, citedBy: [] }));
    graph.inspections.set(node.key, node);
    node.authority.inspections.push(node);
  }
  for (const inspection of graph.inspections.values()) {
    for (const recommendation of inspection.recommendations) {
      if (!recommendation.data.repeatedFrom) continue;
      const earlier = graph.inspections.get(inAuthority(inspection.authority, recommendation.data.repeatedFrom))!;
      recommendation.repeatedFrom = earlier;
      earlier.repeatedIn.push(recommendation);
    }
  }

  for (const entry of [...content.monitoringVisits].sort((a, b) =>
    compareOptionalDates(a.data.visited, b.data.visited),
  )) {
    const partial = base('monitoringVisit', entry);
    const inspection = graph.inspections.get(inAuthority(partial.authority, entry.data.inspection))!;
    const node: MonitoringVisitNode = { ...partial, inspection, ties: [], citedByActions: [], citedByAims: [] };
    for (const tie of entry.data.ties) {
      const recommendations = tie.recommendations.map((id) => inspection.recommendations.find((r) => r.id === id)!);
      const linked: FindingTie = {
        visit: node,
        finding: tie.finding,
        recommendations,
        areas: tie.areas,
        words: tie.words,
      };
      node.ties.push(linked);
      for (const r of recommendations) r.findings.push(linked);
    }
    graph.monitoringVisits.set(node.key, node);
    node.authority.monitoringVisits.push(node);
    inspection.monitoringVisits.push(node);
  }

  const figures = new Map(content.figures.map((e) => [e.id, e.data.figures]));
  for (const entry of content.indicators) {
    const published = [...(figures.get(entry.id) ?? [])].sort(
      (a, b) => compareOptionalPeriods(a.period, b.period) || (a.basis ?? '').localeCompare(b.basis ?? ''),
    );
    const node: IndicatorNode = { ...base('indicator', entry), targets: [], figures: published };
    graph.indicators.set(node.key, node);
    node.authority.indicators.push(node);
  }

  for (const entry of [...content.notices].sort((a, b) => compareOptionalDates(a.data.issued, b.data.issued))) {
    const partial = base('notice', entry);
    const inspection = entry.data.inspection
      ? graph.inspections.get(inAuthority(partial.authority, entry.data.inspection))!
      : undefined;
    const restsOn = entry.data.restsOn.map((data) => ({
      data,
      inspection: data.inspection ? graph.inspections.get(inAuthority(partial.authority, data.inspection))! : undefined,
    }));
    const node: NoticeNode = {
      ...partial,
      inspection,
      targets: [],
      peerReviews: [],
      followedBy: [],
      replaces: [],
      restsOn: [
        ...(inspection
          ? [
              {
                data: { title: inspection.data.title, kind: 'inspection' as const, inspection: inspection.slug },
                inspection,
              },
            ]
          : []),
        ...restsOn,
      ],
    };
    for (const measure of entry.data.measures) {
      const indicator = measure.indicator
        ? graph.indicators.get(inAuthority(node.authority, measure.indicator))
        : undefined;
      for (const data of measure.targets) {
        const target: TargetNode = {
          kind: 'target',
          notice: node,
          measure,
          indicator,
          data,
          setBy: { kind: 'notice', notice: node },
        };
        node.targets.push(target);
        indicator?.targets.push(target);
      }
    }
    graph.notices.set(node.key, node);
    node.authority.notices.push(node);
    for (const r of node.restsOn)
      if (r.inspection && !r.inspection.notices.includes(node)) r.inspection.notices.push(node);
  }
  for (const node of graph.notices.values()) {
    if (node.data.follows) {
      node.follows = graph.notices.get(inAuthority(node.authority, node.data.follows))!;
      node.follows.followedBy.push(node);
    }
    for (const event of node.data.life) {
      if (!event.replacedBy) continue;
      node.replacedBy = graph.notices.get(inAuthority(node.authority, event.replacedBy))!;
      node.replacedBy.replaces.push(node);
    }
  }

  for (const entry of content.plans) {
    const partial = base('plan', entry);
    const inspection = entry.data.inspection
      ? graph.inspections.get(inAuthority(partial.authority, entry.data.inspection))!
      : undefined;
    const node = { ...partial, ...(inspection ? { inspection } : {}), versions: [] } as unknown as PlanNode;
    graph.plans.set(node.key, node);
    node.authority.plans.push(node);
    inspection?.plans.push(node);
  }

  const outlines = new Map(content.planOutlines.map((e) => [e.id, e]));
  const versionEntries = [...content.planVersions].sort(comparePlanVersions);
  for (const entry of versionEntries) {
    const outline = outlines.get(entry.id)!;
    const { planKey, version: slug } = splitVersionKey(entry.id);
    const plan = graph.plans.get(planKey)!;
    const version: PlanVersionNode = {
      kind: 'planVersion',
      key: entry.id,
      slug,
      file: entry.file,
      outlineFile: outline.file,
      plan,
      data: entry.data,
      body: entry.body ?? '',
      // ISO days: the text order is the date order; a sort is stable, so a day keeps the files' order.
      corrections: [...entry.data.corrections, ...(outline.data.corrections ?? [])].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      ),
      ratings: new Map((entry.data.ratingScale?.ratings ?? []).map((r) => [r.id, r])),
      themes: [],
      objectives: [],
      actions: [],
      actionByRef: new Map(),
    };
    const previous = plan.versions.at(-1);
    if (previous) {
      version.previous = previous;
      previous.next = version;
    }
    plan.versions.push(version);
    plan.latest = version;
    graph.planVersions.set(version.key, version);
    linkOutline(version, outline.data.themes, graph);
  }

  for (const indicator of graph.indicators.values()) {
    for (const data of indicator.data.targets) {
      const { setBy, words } = data;
      const target: TargetNode = {
        kind: 'target',
        indicator,
        data,
        setBy:
          setBy.kind === 'plan-version'
            ? {
                kind: 'plan-version',
                version: graph.planVersions.get(`${indicator.authority.slug}/${setBy.planVersion}`)!,
                words,
              }
            : { kind: setBy.kind, document: setBy.document, words },
      };
      indicator.targets.push(target);
    }
    indicator.targets.sort((a, b) => compareOptionalPeriods(a.data.due, b.data.due));
  }

  for (const entry of [...content.peerReviews].sort((a, b) => compareDates(a.data.date, b.data.date))) {
    const partial = base('peerReview', entry);
    const notice = entry.data.notice ? graph.notices.get(inAuthority(partial.authority, entry.data.notice)) : undefined;
    const node: PeerReviewNode = { ...partial, notice };
    notice?.peerReviews.push(node);
    graph.peerReviews.set(node.key, node);
    node.authority.peerReviews.push(node);
  }

  // Kinds with no building of their own above (`plain` in the kinds table): each file a node with its
  // data and its council, listed on its council in date order. A statement can be about one.
  for (const { kind, row } of plainKinds()) {
    // Typed `never` until a plain kind is registered in nodes.ts's PlainKinds, hence the casts.
    const nodes = (content[row.collection] as Entry<unknown>[])
      .map((entry) => base(kind, entry) as unknown as PlainDocumentNode)
      .sort((a, b) => compareOptionalDates(dateOf(a).date, dateOf(b).date));
    for (const node of nodes) {
      const { plainDocuments } = (node as { authority: AuthorityNode }).authority;
      if (!plainDocuments.has(kind)) plainDocuments.set(kind, []);
      plainDocuments.get(kind)!.push(node);
    }
  }

  for (const entry of [...content.statements].sort((a, b) => compareOptionalDates(a.data.date, b.data.date))) {
    const partial = base('statement', entry);
    const node: StatementNode = { ...partial, body: entry.body ?? '', about: [] };
    graph.statements.set(node.key, node);
    node.authority.statements.push(node);
  }
  for (const node of graph.statements.values()) {
    node.about = node.data.about.map((ref) => resolveDocumentRef(node.authority, ref)!);
  }
  for (const plan of graph.plans.values()) plan.asOf = planAsOf(plan, configured);
  for (const authority of graph.authorities) authority.asOf = councilAsOf(authority, configured);
  return graph;
}

function linkOutline(version: PlanVersionNode, themes: readonly Theme[], graph: Graph): void {
  const { authority, inspection } = version.plan;
  const visit = (slug: string) => graph.monitoringVisits.get(`${authority.slug}/${slug}`)!;
  // A plan that names no inspection cites none of its recommendations or paragraphs (the check says so).
  const recommendationById = new Map((inspection?.recommendations ?? []).map((r) => [r.id, r]));
  const paragraphByNumber = new Map((inspection?.paragraphs ?? []).map((p) => [p.number, p]));
  const recommendation = (id: string) => recommendationById.get(id)!;
  const paragraph = (n: number) => paragraphByNumber.get(n)!;
  for (const themeData of themes) {
    const theme: ThemeNode = { kind: 'theme', version, ref: themeData.ref, title: themeData.title, objectives: [] };
    version.themes.push(theme);
    for (const objectiveData of themeData.objectives) {
      const objective: ObjectiveNode = {
        kind: 'objective',
        version,
        theme,
        ref: objectiveData.ref,
        aims: [],
        actions: [],
        recommendations: [],
      };
      theme.objectives.push(objective);
      version.objectives.push(objective);
      for (const aimData of objectiveData.aims) {
        const aim: AimNode = {
          kind: 'aim',
          objective,
          data: aimData,
          recommendations: aimData.recommendations.map(recommendation),
          monitoringVisits: aimData.monitoringVisits.map(visit),
        };
        objective.aims.push(aim);
        for (const r of aim.recommendations) {
          r.aims.push(aim);
          if (!objective.recommendations.includes(r)) objective.recommendations.push(r);
        }
        for (const v of aim.monitoringVisits) v.citedByAims.push(aim);
      }
      for (const data of objectiveData.actions) {
        const action: ActionNode = {
          kind: 'action',
          version,
          theme,
          objective,
          ref: data.ref,
          data,
          leadRoles: data.leadRoles.map((id) => authority.roles.get(id)!),
          recommendations: objective.recommendations,
          paragraphs: [...new Set(data.paragraphs)].map(paragraph),
          monitoringVisits: data.monitoringVisits.map(visit),
          rating: data.rag === null ? null : version.ratings.get(data.rag)!,
          // No timescale in the source: no date, so never overdue.
          due: data.timescale === undefined ? { kind: 'none' } : parseTimescale(data.timescale),
        };
        objective.actions.push(action);
        version.actions.push(action);
        version.actionByRef.set(action.ref, action);
        for (const p of action.paragraphs) p.citedBy.push(action);
        for (const v of action.monitoringVisits) v.citedByActions.push(action);
      }
    }
  }
}

/**
 * Resolves a statement's "type/slug" reference within an authority: among the council's documents of
 * the kind whose `ref` column names the type (src/lib/graph/kinds.ts).
 */
export function resolveDocumentRef(authority: AuthorityNode, ref: string): LinkableNode | undefined {
  const { type, slug } = splitDocumentRef(ref);
  const key = `${authority.slug}/${slug}`;
  const row = kindRows().find((r) => r.ref === type);
  return row?.documents?.(authority).find((node) => 'key' in node && node.key === key);
}
