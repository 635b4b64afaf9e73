import { describe, it } from 'vitest';
import type { ContentSet } from '../../../../src/lib/content/content.ts';
import { checkIndicators } from '../../../../src/lib/graph/integrity/indicators.ts';
import { entry, rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkIndicators);

const indicator = (c: ContentSet) => entry(c, 'indicators', 'torbay/core-assessments').data;
const target = { period: '2020', value: 90, setBy: { kind: 'plan-version' }, words: 'the plan' };

describe('indicator rules', () => {
  it('refuses a rate without "per" and "population", and those on anything else', () => {
    expectRule('indicator.rate-without-per', (c) => {
      indicator(c).unit = 'rate';
    });
    expectRule('indicator.per-without-rate', (c) => {
      indicator(c).per = 10000;
    });
  });

  it('refuses a target set by a plan version that is not named or does not exist', () => {
    expectRule('indicator.target-without-plan-version', (c) => {
      indicator(c).targets.push(structuredClone(target) as never);
    });
    expectRule('indicator.target-unknown-plan-version', (c) => {
      indicator(c).targets.push({
        ...target,
        setBy: { kind: 'plan-version', planVersion: 'improvement-plan/v9' },
      } as never);
    });
  });

  it('refuses a target with neither a value nor words', () => {
    expectRule('indicator.target-without-value', (c) => {
      indicator(c).targets.push({
        ...target,
        value: undefined,
        setBy: { kind: 'plan-version', planVersion: 'improvement-plan/v1' },
      } as never);
    });
  });
});
