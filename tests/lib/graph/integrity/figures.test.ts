import { describe, expect, it } from 'vitest';
import { checkFigures } from '../../../../src/lib/graph/integrity/figures.ts';
import { rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkFigures);

const figure = { period: '2019', basis: 'published', value: 1 };
const figures = (id: string, list: unknown[]) => ({ id, file: `data/figures/${id}.json`, data: { figures: list } });

describe('figures rules', () => {
  it('refuses figures for an indicator that does not exist', () => {
    const [problem] = expectRule('figures.unknown-indicator', (c) => {
      c.figures.push(figures('torbay/nope', [figure]) as never);
    });
    expect(problem!.message).toContain('known indicators are "core-assessments" and "initial-assessments"');
  });

  it('refuses two figures for one period and basis', () => {
    const [problem] = expectRule('figures.duplicate-period', (c) => {
      c.figures.push(figures('torbay/core-assessments', [figure, figure]) as never);
    });
    expect(problem!.message).toContain('there are two 2019 figures on the published basis');
  });
});
