import { describe, expect, it } from 'vitest';
import {
  answerCountWords,
  answersTo,
  answersWithoutRecommendation,
  latestAnswer,
  repeatedRecommendations,
  unaddressedRecommendations,
} from '../../../src/lib/derivations/coverage.ts';
import { threeGraph } from '../fixtures.ts';

const graph = threeGraph();
const report = graph.inspections.get('fixture/report-2019')!;
const plan = graph.plans.get('fixture/plan')!;

describe('how plans answer recommendations', () => {
  it('gives each version its answer, oldest first, through objectives', () => {
    const rec = report.recommendations.find((r) => r.id === '1')!;
    const answers = answersTo(rec);
    expect(answers.map((a) => a.version.slug)).toEqual(['v1', 'v2', 'v3']);
    expect(answers[0]!.objectives.map((o) => o.ref)).toEqual(['1.1']);
    expect(latestAnswer(rec)?.version).toBe(plan.latest);
  });

  it("counts actions as the objective's, in words", () => {
    const rec = report.recommendations.find((r) => r.id === '1')!;
    const words = answerCountWords(latestAnswer(rec)!);
    expect(words).toMatch(/^Through objective 1\.1 \(\d+ actions?\)$/);
    const two = {
      version: plan.latest,
      objectives: plan.latest.objectives.slice(0, 2),
      actions: plan.latest.actions.slice(0, 1),
    };
    expect(answerCountWords(two)).toBe(
      `Through objectives ${two.objectives[0]!.ref} and ${two.objectives[1]!.ref} (1 action)`,
    );
  });

  it('calls nothing unaddressed when no plan answering the inspection is published', () => {
    const noPlans = { ...report, plans: [] };
    expect(unaddressedRecommendations(noPlans)).toEqual([]);
  });

  it("lists recommendations the latest version's actions do not answer", () => {
    const answered = new Set(
      plan.latest.objectives
        .filter((o) => o.actions.length > 0)
        .flatMap((o) => o.aims.flatMap((a) => a.recommendations)),
    );
    const unaddressed = unaddressedRecommendations(report);
    for (const r of report.recommendations) expect(unaddressed.includes(r)).toBe(!answered.has(r));
  });

  it('says what an objective without a recommendation answers, never asserting absence', () => {
    const objective = plan.latest.objectives[0]!;
    const internal = {
      ...objective,
      aims: [{ ...objective.aims[0]!, data: { ...objective.aims[0]!.data, internal: true } }],
    };
    expect(answersWithoutRecommendation(internal as never)).toBe(
      'No inspection recommendation: its objective is an internal objective.',
    );
    const visit = { data: { title: 'Monitoring visit 1' } };
    const visited = { ...objective, aims: [{ ...objective.aims[0]!, data: {}, monitoringVisits: [visit, visit] }] };
    expect(answersWithoutRecommendation(visited as never)).toBe(
      'No inspection recommendation: its objective answers the monitoring visit 1.',
    );
    const silent = { ...objective, aims: [{ ...objective.aims[0]!, data: {}, monitoringVisits: [] }] };
    expect(answersWithoutRecommendation(silent as never)).toBe(
      'Its objective cites no recommendation, monitoring visit or internal need.',
    );
  });

  it('finds repeated recommendations by their flag', () => {
    const flagged = {
      ...report,
      recommendations: report.recommendations.map((r, i) => ({ ...r, data: { ...r.data, repeated: i === 0 } })),
    };
    expect(repeatedRecommendations(flagged as never).map((r) => r.id)).toEqual([report.recommendations[0]!.id]);
  });
});
