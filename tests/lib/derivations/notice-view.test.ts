import { describe, expect, it } from 'vitest';
import {
  evidenceKindLabel,
  kindWord,
  measureGroups,
  noneGiven,
  noticeField,
} from '../../../src/lib/derivations/notice-view.ts';
import type { NoticeNode } from '../../../src/lib/graph/graph.ts';

const notice = (data: Record<string, unknown>) =>
  ({ data: { kind: 'notice', notInSource: {}, ...data } }) as unknown as Pick<NoticeNode, 'data'>;

describe("a notice's fields as its page says them", () => {
  it('gives the source\'s words, else "Not in the source" with the author\'s note', () => {
    expect(noticeField(notice({ consequence: 'Intervention.' }), 'consequence')).toEqual({
      given: true,
      text: 'Intervention.',
    });
    expect(noticeField(notice({ notInSource: { consequence: 'Page 3 is not published.' } }), 'consequence')).toEqual({
      given: false,
      text: 'Not in the source',
      note: 'Page 3 is not published.',
    });
    expect(noticeField(notice({}), 'consequence')).toEqual({
      given: false,
      text: 'Not in the source',
      note: undefined,
    });
  });

  it('asserts none only when the whole document is published here', () => {
    expect(noneGiven(notice({}), 'reviews')).toBe('The notice sets no review dates.');
    expect(noneGiven(notice({ kind: 'direction' }), 'targets')).toBe('The direction sets no numeric targets.');
    expect(noneGiven(notice({}), 'measures')).toBe('The notice lists no measures.');
    expect(noneGiven(notice({ part: 'page 1 of 4' }), 'reviews')).toBe(
      'None in the part of the notice published here (page 1 of 4).',
    );
    expect(noneGiven(notice({ notInSource: { reviews: 'The reviews are on a later page.' } }), 'reviews')).toBe(
      'Not in the source: The reviews are on a later page.',
    );
  });

  it('names the kind and groups consecutive measures under one heading, in order', () => {
    expect(kindWord(notice({ kind: 'direction' }))).toBe('direction');
    expect(kindWord(notice({}))).toBe('notice');
    const groups = measureGroups([
      { heading: 'A', text: '1' },
      { heading: 'A', text: '2' },
      { text: '3' },
      { heading: 'A', text: '4' },
    ]);
    expect(groups.map((g) => [g.heading ?? null, g.measures.map((m) => m.text)])).toEqual([
      ['A', ['1', '2']],
      [null, ['3']],
      ['A', ['4']],
    ]);
    expect(evidenceKindLabel('jtai')).toBe('Joint targeted area inspection');
    expect(evidenceKindLabel('something-new')).toBe('Document');
  });
});
