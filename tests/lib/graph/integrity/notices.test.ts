import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../../../src/lib/content/content.ts';
import { checkNotices, checkNoticeTargetValues } from '../../../../src/lib/graph/integrity/notices.ts';
import { entry, rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkNotices, checkNoticeTargetValues);

const torbay = (c: ContentSet) => entry(c, 'notices', 'torbay/improvement-notice-2011').data;
const worcestershire = (c: ContentSet) => entry(c, 'notices', 'worcestershire/improvement-notice-2011').data;

describe('notice rules', () => {
  it('refuses a notice naming an inspection that does not exist', () => {
    expectRule('notice.unknown-inspection', (c) => {
      torbay(c).inspection = 'ofsted-2099';
    });
  });

  it('refuses a notice that says nothing of what it rests on', () => {
    expectRule('notice.rests-on-nothing', (c) => {
      torbay(c).inspection = undefined;
    });
  });

  it('refuses a notice resting on an inspection that does not exist', () => {
    expectRule('notice.rests-on-unknown-inspection', (c) => {
      torbay(c).restsOn.push({ title: 'A report', kind: 'inspection', inspection: 'ofsted-2099' } as never);
    });
  });

  it('refuses a notice with no measures and no reason', () => {
    expectRule('notice.no-measures', (c) => {
      torbay(c).measures = [];
    });
  });

  it('refuses a missing field the source gives', () => {
    const [problem] = expectRule('notice.field-missing', (c) => {
      torbay(c).area = undefined as never;
    });
    expect(problem!.path).toBe('area');
  });

  it('refuses a field both given and "not in the source"', () => {
    expectRule('notice.field-also-not-in-source', (c) => {
      torbay(c).notInSource.basis = 'Not given.';
    });
    const [statutory] = expectRule('notice.field-also-not-in-source', (c) => {
      torbay(c).statutory = true as never;
      torbay(c).notInSource.statutory = 'Not given.';
    });
    expect(statutory!.path).toBe('notInSource.statutory');
  });

  it('refuses measures both listed and "not in the source"', () => {
    expectRule('notice.measures-also-not-in-source', (c) => {
      torbay(c).notInSource.measures = 'Not given.';
    });
  });

  it('refuses a notice following one that does not exist, or a later one', () => {
    expectRule('notice.follows-unknown-notice', (c) => {
      torbay(c).follows = 'notice-2099';
    });
    expectRule('notice.follows-not-earlier', (c) => {
      torbay(c).follows = 'improvement-notice-2011';
    });
  });

  it('refuses an appointment by a notice that is not a direction', () => {
    expectRule('notice.appoints-without-direction', (c) => {
      torbay(c).appoints = [{ role: 'commissioner', name: 'A commissioner' }] as never;
    });
  });

  it('refuses an event before the notice was issued', () => {
    expectRule('notice.event-before-issue', (c) => {
      torbay(c).life = [{ event: 'lifted', date: '2010-05' }] as never;
    });
  });

  it('refuses replacedBy on an event other than "replaced"', () => {
    expectRule('notice.replaced-by-on-other-event', (c) => {
      torbay(c).life = [{ event: 'lifted', date: '2012', replacedBy: 'improvement-notice-2011' }] as never;
    });
  });

  it('refuses a notice replaced by one that does not exist', () => {
    expectRule('notice.replaced-by-unknown-notice', (c) => {
      torbay(c).life = [{ event: 'replaced', date: '2012', replacedBy: 'notice-2099' }] as never;
    });
  });

  it('refuses events out of order, and events after the end', () => {
    expectRule('notice.events-out-of-order', (c) => {
      torbay(c).life = [
        { event: 'reviewed', date: '2013' },
        { event: 'reviewed', date: '2012' },
      ] as never;
    });
    expectRule('notice.event-after-end', (c) => {
      torbay(c).life = [
        { event: 'lifted', date: '2012' },
        { event: 'reviewed', date: '2013' },
      ] as never;
    });
  });

  it("refuses a measure's indicator that does not exist, and targets with no indicator", () => {
    expectRule('notice.measure-unknown-indicator', (c) => {
      worcestershire(c).measures.find((m) => m.indicator)!.indicator = 'nope';
    });
    expectRule('notice.targets-without-indicator', (c) => {
      worcestershire(c).measures.find((m) => m.indicator)!.indicator = undefined;
    });
  });

  it('refuses a target with neither a value nor words', () => {
    const [problem] = expectRule('notice.target-without-value', (c) => {
      const target = worcestershire(c).measures.find((m) => m.targets.length)!.targets[0]!;
      target.value = undefined;
      target.valueText = undefined;
    });
    expect(problem!.path).toMatch(/targets\[0\]\.value$/);
  });
});
