import type { judgementValues } from '../schemas/inspection.ts';
import type { dotValues } from '../schemas/plan-outline.ts';
import type { ActionNode, LinkableNode } from './graph.ts';
import { formatDate } from './dates.ts';

/** A judgement as a reader writes it: "requires-improvement" → "Requires improvement". */
export function judgementLabel(judgement: (typeof judgementValues)[number]): string {
  const words = judgement.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Direction of travel in words (an arrow is not always good news). */
export function dotLabel(dot: (typeof dotValues)[number] | null): string {
  return dot === null ? 'Not stated' : { improving: 'Improving', 'no-change': 'No change', declining: 'Declining' }[dot];
}

/** A node's name on its own page and in links: "Recommendation 8", "Action 1.1.1". */
export function titleOf(node: LinkableNode): string {
  switch (node.kind) {
    case 'authority': return node.data.name;
    case 'recommendation': return `Recommendation ${node.number}`;
    case 'paragraph': return `Paragraph ${node.number}`;
    case 'planVersion': return `${node.plan.data.title}, ${node.data.label}`;
    case 'action': return `Action ${node.ref}`;
    case 'notice': return `${node.data.title}, ${formatDate(node.data.issued)}`;
    default: return node.data.title;
  }
}

/** The due date in words for an action: "31 December 2019", "Immediate", "No date given". */
export function dueLabel(action: ActionNode): string {
  if (action.due.kind === 'immediate') return 'Immediate';
  if (action.due.kind === 'date') return formatDate(action.due.date);
  return 'No date given';
}

/** The first sentence of a text, for compact listings. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return match ? match[1]! : text;
}

/** "1 action", "36 actions". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** True when the timescale's words say more than its date ("End January 2020 for …"), so the date is worth adding. */
export function needsDueHint(action: ActionNode): boolean {
  if (action.due.kind !== 'date') return false;
  const words = action.data.timescale.replace(/(\d+)\s*(st|nd|rd|th)\b/g, '$1').trim();
  return words !== formatDate(action.due.date);
}
