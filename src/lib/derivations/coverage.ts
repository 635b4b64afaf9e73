import type { ActionNode, InspectionNode, ObjectiveNode, PlanVersionNode, RecommendationNode } from '../graph/graph.ts';
import { listWords, nounFor, plural } from '../base/text.ts';

/** How one plan version answers one recommendation. */
export interface VersionAnswer {
  version: PlanVersionNode;
  objectives: ObjectiveNode[];
  actions: ActionNode[];
}

/** The objectives and actions that answer a recommendation, per plan version, oldest version first. */
export function answersTo(recommendation: RecommendationNode): VersionAnswer[] {
  const byVersion = new Map<PlanVersionNode, VersionAnswer>();
  for (const aim of recommendation.aims) {
    const { objective } = aim;
    const answer = byVersion.get(objective.version) ?? { version: objective.version, objectives: [], actions: [] };
    if (!answer.objectives.includes(objective)) {
      answer.objectives.push(objective);
      answer.actions.push(...objective.actions);
    }
    byVersion.set(objective.version, answer);
  }
  return [...byVersion.values()];
}

/** The latest version's answer to a recommendation, or undefined when no version answers it. */
export function latestAnswer(recommendation: RecommendationNode): VersionAnswer | undefined {
  const answers = answersTo(recommendation);
  const latestVersions = new Set(recommendation.inspection.plans.map((p) => p.latest));
  return answers.find((a) => latestVersions.has(a.version)) ?? answers.at(-1);
}

/**
 * Recommendations of an inspection that no action in the latest version of any plan answers.
 * Only where a plan answering the inspection is published: with none, nothing is "unaddressed"
 * (the site does not know), and pages say that no plan answering it is published here.
 */
export function unaddressedRecommendations(inspection: InspectionNode): RecommendationNode[] {
  if (inspection.plans.length === 0) return [];
  const latest = new Set(inspection.plans.map((p) => p.latest));
  return inspection.recommendations.filter(
    (r) => !r.aims.some((aim) => latest.has(aim.objective.version) && aim.objective.actions.length > 0),
  );
}

/**
 * What an objective answers when it cites no recommendation, in words: an internal objective,
 * the monitoring visits it cites, or, where its bullets cite none of these, that the plan says nothing.
 */
export function answersWithoutRecommendation(objective: ObjectiveNode): string {
  if (objective.aims.some((a) => a.data.internal))
    return 'No inspection recommendation: its objective is an internal objective.';
  const visits = [...new Set(objective.aims.flatMap((a) => a.monitoringVisits))];
  if (visits.length > 0)
    return `No inspection recommendation: its objective answers ${visits.map((v) => `the ${v.data.title.charAt(0).toLowerCase()}${v.data.title.slice(1)}`).join(' and ')}.`;
  return 'Its objective cites no recommendation, monitoring visit or internal need.';
}

/** Recommendations of an inspection marked as repeated from an earlier report. */
export function repeatedRecommendations(inspection: InspectionNode): RecommendationNode[] {
  return inspection.recommendations.filter((r) => r.data.repeated);
}

/**
 * How a version answers a recommendation, counted as the plan maps it: through objectives, whose
 * actions are counted as the objectives' ("Through objective 2.6 (6 actions)"), never as actions
 * that each answer it.
 */
export function answerCountWords(answer: VersionAnswer): string {
  const refs = answer.objectives.map((o) => o.ref);
  return `Through ${nounFor(refs.length, 'objective')} ${listWords(refs)} (${plural(answer.actions.length, 'action')})`;
}
