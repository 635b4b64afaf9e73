import { describe, expect, it } from 'vitest';
import { messageOf, messages, ruleIds } from '../../../../src/lib/graph/integrity/messages.ts';

describe('the catalogue of integrity rules', () => {
  it('has stable, unique ids of the form <family>.<rule>', () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of ruleIds) expect(rule).toMatch(/^[a-z-]+\.[a-z-]+$/);
  });

  it('words a rule with its arguments', () => {
    expect(messageOf('plan-table.duplicate-theme', '2')).toBe('theme 2 appears more than once');
    expect(messageOf('notice.field-missing', 'area')).toBe(
      "missing: give the area in the notice's words, or, where the source does not give it, say why in notInSource.area",
    );
  });

  it('words every unknown reference alike, naming what is known and the file to add', () => {
    const text = messageOf(
      'plan.unknown-inspection',
      'inspection',
      'ofsted-2099',
      'torbay',
      ['ofsted-2018'],
      'inspections',
    );
    expect(text).toBe(
      'no inspection "ofsted-2099" exists for torbay: known inspections are "ofsted-2018". Add src/content/inspections/torbay/ofsted-2099.json or correct the id',
    );
    expect(messages['statement.about-unknown-document'].message).toBe(messages['plan.unknown-inspection'].message);
  });
});
