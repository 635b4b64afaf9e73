import type { noticeOmittableFields } from '../../schemas/notice.ts';
import type { NoticeNode } from '../graph/graph.ts';

/** Words a notice page shows for a field: the source's, or "Not in the source" with the note. */
export type FieldText = { given: true; text: string } | { given: false; text: string; note?: string };

/**
 * A field of a notice as the page says it: the value, or "Not in the source" with the author's
 * note. Never a placeholder, never an absence asserted as fact.
 */
export function noticeField(
  notice: Pick<NoticeNode, 'data'>,
  field: (typeof noticeOmittableFields)[number] & keyof NoticeNode['data'],
): FieldText {
  const value = notice.data[field];
  if (typeof value === 'string') return { given: true, text: value };
  return { given: false, text: 'Not in the source', note: notice.data.notInSource[field] };
}

/**
 * What to say where a notice lists none of something (reviews, targets): the source's silence is
 * only a fact when the whole document is published here; for a partial source it is not.
 */
export function noneGiven(notice: Pick<NoticeNode, 'data'>, what: 'reviews' | 'targets' | 'measures'): string {
  const note = what === 'targets' ? undefined : notice.data.notInSource[what];
  if (note) return `Not in the source: ${note}`;
  if (notice.data.part) return `None in the part of the ${kindWord(notice)} published here (${notice.data.part}).`;
  switch (what) {
    case 'reviews':
      return `The ${kindWord(notice)} sets no review dates.`;
    case 'targets':
      return `The ${kindWord(notice)} sets no numeric targets.`;
    case 'measures':
      return `The ${kindWord(notice)} lists no measures.`;
  }
}

/** "notice" or "direction", for running text. */
export function kindWord(notice: Pick<NoticeNode, 'data'>): string {
  return notice.data.kind === 'direction' ? 'direction' : 'notice';
}

/** Consecutive measures under the same heading, in the notice's order. */
export function measureGroups<M extends { heading?: string }>(
  measures: readonly M[],
): { heading?: string; measures: M[] }[] {
  const groups: { heading?: string; measures: M[] }[] = [];
  for (const m of measures) {
    const last = groups.at(-1);
    if (last && last.heading === m.heading) last.measures.push(m);
    else groups.push({ heading: m.heading, measures: [m] });
  }
  return groups;
}

/** Words for a kind of evidence document. */
export function evidenceKindLabel(kind: string): string {
  return (
    {
      inspection: 'Inspection report',
      'focused-visit': 'Focused visit',
      jtai: 'Joint targeted area inspection',
      'monitoring-visit': 'Monitoring visit',
      scorecard: 'Scorecard',
      diagnostic: 'Diagnostic assessment',
      'peer-review': 'Peer review',
      other: 'Document',
    }[kind] ?? 'Document'
  );
}
