import type { Authority, Role } from '../../schemas/authority.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Inspection, Paragraph, Recommendation } from '../../schemas/inspection.ts';
import type { MonitoringVisit } from '../../schemas/monitoring-visit.ts';
import type { Measure, Notice, RestsOn, Target } from '../../schemas/notice.ts';
import type { PeerReview } from '../../schemas/peer-review.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Action, Aim } from '../../schemas/plan-outline.ts';
import type { PlanVersion, Rating } from '../../schemas/plan-version.ts';
import type { Statement } from '../../schemas/statement.ts';
import type { Term } from '../../schemas/glossary.ts';
import type { Figure } from '../../schemas/figures.ts';
import { comparePlanVersions, type ContentSet } from '../content/content.ts';
import { compareDates } from '../derivations/dates.ts';
import { comparePeriods } from '../derivations/periods.ts';
import { checkIntegrity } from './integrity/index.ts';
import { ContentError } from '../content/problems.ts';
import { parseTimescale, type Due } from '../derivations/timescale.ts';
import { authorityAsOf, planAsOf, type AsOf, type ConfiguredAsOf, type DatedDocument } from '../derivations/as-of.ts';

/** Fields every top-level document node shares. */
interface DocumentNode<K extends string, T> {
  kind: K;
  /** Site-wide key: "torbay/ofsted-2018". */
  key: string;
  /** Id within the authority: "ofsted-2018". */
  slug: string;
  /** The content file it came from. */
  file: string;
  authority: AuthorityNode;
  data: T;
}

/** A council, with every document published about it. */
export interface AuthorityNode {
  kind: 'authority';
  key: string;
  slug: string;
  file: string;
  data: Authority;
  roles: Map<string, Role>;
  inspections: InspectionNode[];
  monitoringVisits: MonitoringVisitNode[];
  notices: NoticeNode[];
  indicators: IndicatorNode[];
  plans: PlanNode[];
  peerReviews: PeerReviewNode[];
  statements: StatementNode[];
  /** The date the council's overview is as of, and why (its newest document; statements never move it). */
  asOf: AsOf;
}

/** An inspection report, its recommendations and paragraphs, and what follows from it. */
export interface InspectionNode extends DocumentNode<'inspection', Inspection> {
  recommendations: RecommendationNode[];
  paragraphs: ParagraphNode[];
  monitoringVisits: MonitoringVisitNode[];
  notices: NoticeNode[];
  plans: PlanNode[];
  /** Recommendations of later reports repeated from this one. */
  repeatedIn: RecommendationNode[];
}

/** A recommendation (as the report names it), and the plan objectives (via their aims) that answer it. */
export interface RecommendationNode {
  kind: 'recommendation';
  inspection: InspectionNode;
  /** Its id as the report names it: "8", "b", "2.1". */
  id: string;
  data: Recommendation;
  repeatedFrom?: InspectionNode;
  /** Objective bullets, in every plan version, that cite it. */
  aims: AimNode[];
}

/** A numbered paragraph and the actions that cite it. */
export interface ParagraphNode {
  kind: 'paragraph';
  inspection: InspectionNode;
  number: number;
  data: Paragraph;
  citedBy: ActionNode[];
}

/** A monitoring visit and what cites it. */
export interface MonitoringVisitNode extends DocumentNode<'monitoringVisit', MonitoringVisit> {
  inspection: InspectionNode;
  citedByActions: ActionNode[];
  citedByAims: AimNode[];
}

/** An improvement notice or direction, what it rests on, its targets and its life. */
export interface NoticeNode extends DocumentNode<'notice', Notice> {
  /** The inspection named in its `inspection` field, when it names one. */
  inspection?: InspectionNode;
  /** Every document it rests on: the inspection first, then `restsOn`, each with its inspection when published here. */
  restsOn: { data: RestsOn; inspection?: InspectionNode }[];
  targets: TargetNode[];
  peerReviews: PeerReviewNode[];
  /** The earlier notice it follows, and the later ones that follow it. */
  follows?: NoticeNode;
  followedBy: NoticeNode[];
  /** The notice or direction that replaced it, and those it replaced. */
  replacedBy?: NoticeNode;
  replaces: NoticeNode[];
}

/** One target: of a notice's measure, or set by a plan version, the council or another document. */
export interface TargetNode {
  kind: 'target';
  /** The notice that sets it, for a notice's target. */
  notice?: NoticeNode;
  /** The notice's measure it belongs to. */
  measure?: Measure;
  indicator?: IndicatorNode;
  data: Target;
  /** Who set it, with the source's words for targets set outside a notice. */
  setBy:
    | { kind: 'notice'; notice: NoticeNode }
    | { kind: 'plan-version'; version: PlanVersionNode; words: string }
    | { kind: 'council' | 'other'; document?: { title: string; file?: string }; words: string };
}

/** A performance indicator, the targets set in it and its published figures, oldest first. */
export interface IndicatorNode extends DocumentNode<'indicator', Indicator> {
  targets: TargetNode[];
  figures: Figure[];
}

/** An improvement plan and its versions, oldest first. */
export interface PlanNode extends DocumentNode<'plan', Plan> {
  inspection: InspectionNode;
  versions: PlanVersionNode[];
  latest: PlanVersionNode;
  /** The date the plan is judged as of ("overdue", "upcoming"), and why: see src/lib/derivations/as-of.ts. */
  asOf: AsOf;
}

/** One published version of a plan, with its outline resolved. */
export interface PlanVersionNode {
  kind: 'planVersion';
  /** "torbay/improvement-plan/v1". */
  key: string;
  /** "v1". */
  slug: string;
  file: string;
  outlineFile: string;
  plan: PlanNode;
  data: PlanVersion;
  body: string;
  ratings: Map<string, Rating>;
  themes: ThemeNode[];
  objectives: ObjectiveNode[];
  actions: ActionNode[];
  actionByRef: Map<string, ActionNode>;
  previous?: PlanVersionNode;
  next?: PlanVersionNode;
}

/** A theme ("pillar") of a plan version. */
export interface ThemeNode {
  kind: 'theme';
  version: PlanVersionNode;
  ref: string;
  title: string;
  objectives: ObjectiveNode[];
}

/** An objective, its bullets and actions. */
export interface ObjectiveNode {
  kind: 'objective';
  version: PlanVersionNode;
  theme: ThemeNode;
  ref: string;
  aims: AimNode[];
  actions: ActionNode[];
  /** Recommendations its bullets cite, in order, without repeats. */
  recommendations: RecommendationNode[];
}

/** One bullet of an objective and what it cites. */
export interface AimNode {
  kind: 'aim';
  objective: ObjectiveNode;
  data: Aim;
  recommendations: RecommendationNode[];
  monitoringVisits: MonitoringVisitNode[];
}

/** One action of one plan version, every link resolved. */
export interface ActionNode {
  kind: 'action';
  version: PlanVersionNode;
  theme: ThemeNode;
  objective: ObjectiveNode;
  ref: string;
  data: Action;
  leadRoles: Role[];
  /** Recommendations it answers: those of its objective. */
  recommendations: RecommendationNode[];
  paragraphs: ParagraphNode[];
  monitoringVisits: MonitoringVisitNode[];
  rating: Rating | null;
  due: Due;
}

/** A peer review and the notice it speaks to. */
export interface PeerReviewNode extends DocumentNode<'peerReview', PeerReview> {
  notice?: NoticeNode;
}

/** A statement and the documents it speaks about. */
export interface StatementNode extends DocumentNode<'statement', Statement> {
  body: string;
  about: LinkableNode[];
  /** Only in the editor's preview: why a build would leave this statement out (draft, embargo). */
  withheld?: string;
}

/** Any node with a page of its own. */
export type LinkableNode =
  | AuthorityNode
  | InspectionNode
  | RecommendationNode
  | ParagraphNode
  | MonitoringVisitNode
  | NoticeNode
  | IndicatorNode
  | PlanNode
  | PlanVersionNode
  | ActionNode
  | PeerReviewNode
  | StatementNode;

/** The whole cross-referenced content, built once per build. */
export interface Graph {
  authorities: AuthorityNode[];
  authorityBySlug: Map<string, AuthorityNode>;
  /** Every document by site-wide key, per kind. */
  inspections: Map<string, InspectionNode>;
  monitoringVisits: Map<string, MonitoringVisitNode>;
  notices: Map<string, NoticeNode>;
  indicators: Map<string, IndicatorNode>;
  plans: Map<string, PlanNode>;
  planVersions: Map<string, PlanVersionNode>;
  peerReviews: Map<string, PeerReviewNode>;
  statements: Map<string, StatementNode>;
  /** Abbreviations and what they stand for, sorted by term. */
  glossary: Term[];
}

/** Options for building the graph. */
export interface GraphOptions {
  /**
   * As-of dates the site configuration gives councils, by council id. A council without one keeps
   * its own time: each plan is judged as of its latest version's date.
   */
  asOf?: ConfiguredAsOf;
}

/** Splits "torbay/ofsted-2018" into its authority and slug. */
export function splitId(id: string): { authority: string; slug: string } {
  const [authority = '', ...rest] = id.split('/');
  return { authority, slug: rest.join('/') };
}

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
    compareDates(inspectionDate(a.data), inspectionDate(b.data)),
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

  for (const entry of [...content.monitoringVisits].sort((a, b) => compareDates(a.data.visited, b.data.visited))) {
    const partial = base('monitoringVisit', entry);
    const inspection = graph.inspections.get(inAuthority(partial.authority, entry.data.inspection))!;
    const node: MonitoringVisitNode = { ...partial, inspection, citedByActions: [], citedByAims: [] };
    graph.monitoringVisits.set(node.key, node);
    node.authority.monitoringVisits.push(node);
    inspection.monitoringVisits.push(node);
  }

  const figures = new Map(content.figures.map((e) => [e.id, e.data.figures]));
  for (const entry of content.indicators) {
    const published = [...(figures.get(entry.id) ?? [])].sort(
      (a, b) => comparePeriods(a.period, b.period) || (a.basis ?? '').localeCompare(b.basis ?? ''),
    );
    const node: IndicatorNode = { ...base('indicator', entry), targets: [], figures: published };
    graph.indicators.set(node.key, node);
    node.authority.indicators.push(node);
  }

  for (const entry of [...content.notices].sort((a, b) => compareDates(a.data.issued, b.data.issued))) {
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
    const inspection = graph.inspections.get(inAuthority(partial.authority, entry.data.inspection))!;
    const node = { ...partial, inspection, versions: [] } as unknown as PlanNode;
    graph.plans.set(node.key, node);
    node.authority.plans.push(node);
    inspection.plans.push(node);
  }

  const outlines = new Map(content.planOutlines.map((e) => [e.id, e]));
  const versionEntries = [...content.planVersions].sort(comparePlanVersions);
  for (const entry of versionEntries) {
    const outline = outlines.get(entry.id)!;
    const planKey = entry.id.split('/').slice(0, 2).join('/');
    const plan = graph.plans.get(planKey)!;
    const version: PlanVersionNode = {
      kind: 'planVersion',
      key: entry.id,
      slug: entry.id.split('/')[2]!,
      file: entry.file,
      outlineFile: outline.file,
      plan,
      data: entry.data,
      body: entry.body ?? '',
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
    indicator.targets.sort((a, b) => comparePeriods(a.data.due ?? '9999', b.data.due ?? '9999'));
  }

  for (const entry of [...content.peerReviews].sort((a, b) => compareDates(a.data.date, b.data.date))) {
    const partial = base('peerReview', entry);
    const notice = entry.data.notice ? graph.notices.get(inAuthority(partial.authority, entry.data.notice)) : undefined;
    const node: PeerReviewNode = { ...partial, notice };
    notice?.peerReviews.push(node);
    graph.peerReviews.set(node.key, node);
    node.authority.peerReviews.push(node);
  }

  for (const entry of [...content.statements].sort((a, b) => compareDates(a.data.date, b.data.date))) {
    const partial = base('statement', entry);
    const node: StatementNode = { ...partial, body: entry.body ?? '', about: [] };
    graph.statements.set(node.key, node);
    node.authority.statements.push(node);
  }
  for (const node of graph.statements.values()) {
    node.about = node.data.about.map((ref) => resolveDocumentRef(graph, node.authority, ref)!);
  }
  for (const plan of graph.plans.values()) plan.asOf = planAsOf(plan, configured);
  for (const authority of graph.authorities)
    authority.asOf = authorityAsOf(authority, datedDocuments(authority), configured);
  return graph;
}

/** A council's dated documents, statements aside (they never move a council's time). */
export function datedDocuments(authority: AuthorityNode): DatedDocument[] {
  const docs: (DatedDocument | undefined)[] = [
    ...authority.inspections.map((i) => {
      const date = i.data.published ?? i.data.fieldworkEnd ?? i.data.fieldworkStart;
      return date ? { date, title: i.data.title } : undefined;
    }),
    ...authority.monitoringVisits.map((v) => ({ date: v.data.letter ?? v.data.visited, title: v.data.title })),
    ...authority.notices.map((n) => ({ date: n.data.issued, title: n.data.title })),
    ...authority.notices.flatMap((n) =>
      n.data.life.map((e) => ({ date: e.date, title: `${n.data.title}, ${e.event}` })),
    ),
    ...authority.plans.flatMap((p) =>
      p.versions.map((v) => ({ date: v.data.published, title: `${p.data.title}, ${v.data.label}` })),
    ),
    ...authority.peerReviews.map((r) => ({ date: r.data.date, title: r.data.title })),
  ];
  return docs.filter((d): d is DatedDocument => d !== undefined);
}

function inspectionDate(inspection: Inspection): string {
  return inspection.fieldworkStart ?? inspection.published ?? '0000';
}

function linkOutline(
  version: PlanVersionNode,
  themes: readonly import('../../schemas/plan-outline.ts').Theme[],
  graph: Graph,
): void {
  const { authority, inspection } = version.plan;
  const visit = (slug: string) => graph.monitoringVisits.get(`${authority.slug}/${slug}`)!;
  const recommendationById = new Map(inspection.recommendations.map((r) => [r.id, r]));
  const paragraphByNumber = new Map(inspection.paragraphs.map((p) => [p.number, p]));
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
          due: parseTimescale(data.timescale),
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

/** Resolves a statement's "type/slug" reference within an authority. */
export function resolveDocumentRef(graph: Graph, authority: AuthorityNode, ref: string): LinkableNode | undefined {
  const [type, slug] = ref.split('/') as [string, string];
  const key = `${authority.slug}/${slug}`;
  switch (type) {
    case 'inspections':
      return graph.inspections.get(key);
    case 'monitoring-visits':
      return graph.monitoringVisits.get(key);
    case 'notices':
      return graph.notices.get(key);
    case 'plans':
      return graph.plans.get(key);
    case 'peer-reviews':
      return graph.peerReviews.get(key);
    case 'statements':
      return graph.statements.get(key);
    default:
      return undefined;
  }
}
