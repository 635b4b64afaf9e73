// The nodes of the cross-reference graph: every document, and every part of one with a page or a
// link of its own, with its links resolved both ways. Built by build.ts; see graph.ts.
import type { Correction } from '../../schemas/common.ts';
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
import type { Due } from '../base/timescale.ts';
import type { DateNoteFields } from '../base/dates.ts';

/**
 * The date a plan (or a council) is judged as of, and why. Each plan keeps its own time: its
 * latest version's date, at the precision the source gives it ("2019-10" stays October 2019),
 * unless the site configuration gives its council an explicit as-of date. No other council's
 * content and no statement moves it. Nothing else decides "overdue".
 */
export interface AsOf {
  /** The date, as precise as its source: "2019-10-31", "2019-10" or "2019". */
  date: string;
  /**
   * Why this date:
   * - `configured`: the site configuration gives the council this date;
   * - `latest-version`: the plan's latest version is dated so;
   * - `earlier-version`: an earlier version of the plan, judged at its own date (its ratings say
   *   where the plan stood then, not later; see `judgedAt` in src/lib/derivations/as-at.ts);
   * - `newest-document`: the council's newest dated document (statements aside), for a council
   *   with no plan;
   * - `none`: nothing about the council is dated.
   */
  reason: 'configured' | 'latest-version' | 'earlier-version' | 'newest-document' | 'none';
  /** What dates it, in words: "Version 1", "Improvement Notice, June 2011". */
  dated?: string;
  /**
   * Other documents that may be as new (`newest-document`): their dates overlap the newest's, so the
   * sources do not say which is newest ("2011" and "January 2011").
   */
  asNew?: string[];
  /** Documents with no date (`newest-document`): one of them may be newer than the as-of date. */
  undated?: string[];
  /** For `earlier-version`: the plan's latest version, in words ("Version 3 (April 2020)"). */
  latest?: string;
  /** What the dating document records about its date: an inferred date is shown as one. */
  note?: DateNoteFields;
  /** The council's short name, for the configured reason's wording. */
  council: string;
}

/** The site configuration's as-of dates, by council id. */
export type ConfiguredAsOf = Readonly<Record<string, string>>;

/** Fields every top-level document node shares. */
export interface DocumentNode<K extends string, T> {
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
  /**
   * Its documents of the kinds the graph builds plainly (a row of src/lib/graph/kinds.ts with
   * `plain: true`), by kind, each kind in date order: read them with `plainDocuments` there.
   */
  plainDocuments: Map<string, PlainDocumentNode[]>;
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
  /** Findings of monitoring visits whose letters say they concern it, oldest visit first. */
  findings: FindingTie[];
}

/** A visit's finding and what its letter says it concerns, linked both ways. */
export interface FindingTie {
  visit: MonitoringVisitNode;
  /** The finding, in the letter's words. */
  finding: string;
  recommendations: RecommendationNode[];
  /** The report's areas, in its words. */
  areas: string[];
  /** The letter's words that make the link. */
  words: string;
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
  /** Its findings' ties, as its letter makes them. */
  ties: FindingTie[];
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
  /** The inspection it answers; absent where the sources name none (notInSource.inspection says why). */
  inspection?: InspectionNode;
  versions: PlanVersionNode[];
  latest: PlanVersionNode;
  /** The date the plan is judged as of ("overdue", "upcoming"), and why: see src/lib/graph/as-of.ts. */
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
  /** Corrections made since it was published, to its details and to its table, oldest first. */
  corrections: Correction[];
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

/**
 * The kinds of document the graph builds plainly, by kind, with the type of their data: a node of
 * such a kind is its file's data and its council, with no links of its own (its view resolves what
 * it needs). A new plain kind registers its data type from its own schema file by declaration
 * merging, and the compiler then asks for its row in the kinds table (src/lib/graph/kinds.ts):
 *
 *     declare module '../lib/graph/nodes.ts' {
 *       interface PlainKinds { partnerInspection: PartnerInspection }
 *     }
 *
 * The bundled kinds are all built and linked by build.ts, so none is registered here.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface PlainKinds {}

/** A document of a plain kind: its data, its file and its council. */
export type PlainDocumentNode = { [K in keyof PlainKinds & string]: DocumentNode<K, PlainKinds[K]> }[keyof PlainKinds &
  string];

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
  | StatementNode
  | PlainDocumentNode;

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
