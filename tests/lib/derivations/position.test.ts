import { describe, expect, it } from 'vitest';
import { positionOf } from '../../../src/lib/derivations/position.ts';
import { bundledGraph, threeGraph } from '../fixtures.ts';

const refs = (actions: { ref: string }[]) => actions.map((a) => a.ref);

describe('positionOf: where a council stands', () => {
  it("lists overdue actions as of the plan's own date (April 2020)", () => {
    const position = positionOf(threeGraph().authorityBySlug.get('fixture')!);
    expect(refs(position.actions)).toEqual(['1.1.1', '1.1.2', '1.2.2', '1.2.3']);
    expect(refs(position.overdue)).toEqual(['1.2.2']);
    expect(position.plans.map((v) => v.slug)).toEqual(['v3']);
  });

  it('moves overdue only with the configured date for that council', () => {
    const later = positionOf(threeGraph({ asOf: { fixture: '2020-07-01' } }).authorityBySlug.get('fixture')!);
    expect(refs(later.overdue)).toEqual(['1.1.1', '1.2.2', '1.2.3']);
    const earlier = positionOf(threeGraph({ asOf: { fixture: '2020-01' } }).authorityBySlug.get('fixture')!);
    expect(refs(earlier.overdue)).toEqual([]);
    const other = positionOf(threeGraph({ asOf: { torbay: '2030-01-01' } }).authorityBySlug.get('fixture')!);
    expect(refs(other.overdue)).toEqual(['1.2.2']);
  });

  it('finds the slipped timescale of the latest version and the latest judgement', () => {
    const position = positionOf(threeGraph().authorityBySlug.get('fixture')!);
    expect(position.slipped.map((s) => s.after.ref)).toEqual(['1.1.1']);
    expect(position.latestJudgement?.inspection.key).toBe('fixture/report-2019');
  });

  it('keeps only deadlines on or after the council date in what happens next', () => {
    const torbay = positionOf(bundledGraph().authorityBySlug.get('torbay')!);
    expect(torbay.asOf.date).toBe('2019-10');
    expect(torbay.upcoming.length).toBeGreaterThan(0);
    expect(torbay.upcoming.every((e) => e.deadline && e.date >= '2019-10')).toBe(true);
    expect(torbay.overdue).toEqual([]);
  });
});
