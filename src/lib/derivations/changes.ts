import { diffWords } from 'diff';
import type { ActionNode, PlanVersionNode } from '../graph/graph.ts';
import { monthsBetween } from '../base/dates.ts';
import { compareRefs } from './overdue.ts';

/** A run of words in a word-level diff: unchanged, added or removed. */
export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

/** An action in two consecutive versions. */
export interface ActionPair {
  before: ActionNode;
  after: ActionNode;
}

/** How an action's rating changed. */
export interface RatingChange extends ActionPair {
  direction: 'better' | 'worse' | 'first-rated' | 'no-longer-rated';
}

/** How an action's due date moved. */
export interface TimescaleChange extends ActionPair {
  direction: 'slipped' | 'earlier' | 'changed';
  /** Whole months moved (positive when later), where both timescales give a date. */
  months?: number;
  /** Days moved (positive when later), where both timescales give a date. */
  days?: number;
}

/** Evidence of progress that a version adds to an action. */
export interface EvidenceChange extends ActionPair {
  added: string[];
}

/** A field whose words changed, as a readable word-level diff. */
export interface FieldChange {
  field: 'desiredOutcome' | 'actions' | 'lead' | 'timescale' | 'impact' | 'measure';
  label: string;
  diff: DiffPart[];
}

/** An action whose words changed. */
export interface WordingChange extends ActionPair {
  fields: FieldChange[];
}

/** Everything that changed between a version and the one before it. */
export interface VersionChanges {
  version: PlanVersionNode;
  previous: PlanVersionNode;
  added: ActionNode[];
  removed: ActionNode[];
  renumbered: ActionPair[];
  ratings: RatingChange[];
  timescales: TimescaleChange[];
  evidence: EvidenceChange[];
  wording: WordingChange[];
}

const fieldLabels: Record<FieldChange['field'], string> = {
  desiredOutcome: 'Desired outcome for children',
  actions: 'The actions',
  lead: 'Lead',
  timescale: 'Timescale',
  impact: 'What difference it will make',
  measure: 'How the difference will be measured',
};

/** The action a version's action continues from in the previous version, following a renumbering. */
export function predecessor(action: ActionNode): ActionNode | undefined {
  return action.version.previous?.actionByRef.get(action.data.previousRef ?? action.ref);
}

const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** Compares a rating's position in the scale (best first): negative when `after` is better. */
function ratingDirection(pair: ActionPair): RatingChange['direction'] | undefined {
  const { before, after } = pair;
  if (before.rating?.id === after.rating?.id) return undefined;
  if (!before.rating) return 'first-rated';
  if (!after.rating) return 'no-longer-rated';
  const order = (after.version.data.ratingScale?.ratings ?? []).map((r) => r.id);
  return order.indexOf(after.rating.id) < order.indexOf(before.rating.id) ? 'better' : 'worse';
}

function timescaleChange(pair: ActionPair): TimescaleChange | undefined {
  const { before, after } = pair;
  if (before.due.kind === 'date' && after.due.kind === 'date') {
    const moved = days(before.due.date, after.due.date);
    if (moved === 0) return undefined;
    return {
      ...pair,
      direction: moved > 0 ? 'slipped' : 'earlier',
      months: monthsBetween(before.due.date, after.due.date),
      days: moved,
    };
  }
  if (before.due.kind === after.due.kind && before.data.timescale === after.data.timescale) return undefined;
  if (before.due.kind === after.due.kind && before.due.kind !== 'date') return undefined;
  if (before.due.kind === 'immediate' && after.due.kind === 'date') return { ...pair, direction: 'slipped' };
  if (before.due.kind === 'date' && after.due.kind === 'immediate') return { ...pair, direction: 'earlier' };
  return { ...pair, direction: 'changed' };
}

/**
 * The word-level changes between two states of an action. Memoised per pair: the changes page of a
 * version and every action page's history ask for the same diffs, and a word diff is the dearest
 * thing the build computes (graph nodes are immutable during a build, so a cache keyed on them is safe).
 */
const fieldChangesCache = new WeakMap<ActionNode, WeakMap<ActionNode, FieldChange[]>>();
function fieldChanges(before: ActionNode, after: ActionNode): FieldChange[] {
  let byAfter = fieldChangesCache.get(before);
  if (!byAfter) fieldChangesCache.set(before, (byAfter = new WeakMap()));
  const cached = byAfter.get(after);
  if (cached) return cached;
  const fields: FieldChange[] = [];
  for (const field of Object.keys(fieldLabels) as FieldChange['field'][]) {
    const text = (a: ActionNode) => {
      const value = a.data[field];
      return Array.isArray(value) ? value.join('\n') : (value ?? '');
    };
    const was = text(before);
    const now = text(after);
    if (was === now) continue;
    const diff = rewritten(was, now)
      ? [
          { value: was, added: false, removed: true },
          { value: now, added: true, removed: false },
        ]
      : diffWords(was, now).map((p) => ({ value: p.value, added: Boolean(p.added), removed: Boolean(p.removed) }));
    fields.push({ field, label: fieldLabels[field], diff });
  }
  byAfter.set(after, fields);
  return fields;
}

/**
 * Whether a field was rewritten rather than edited: the two wordings share fewer than a third of the
 * words of the shorter one (counting repeats). A word diff of unrelated sentences would keep only stray
 * "the"s and "and"s, so such a field reads better as the old text removed and the new text added; and
 * the count, linear in the text, spares the build the diff's quadratic worst case.
 */
export function rewritten(before: string, after: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const a = words(before);
  const b = words(after);
  if (a.length === 0 || b.length === 0) return false;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared * 3 < Math.min(a.length, b.length);
}

function wordingChange(pair: ActionPair): WordingChange | undefined {
  const fields = fieldChanges(pair.before, pair.after);
  return fields.length > 0 ? { ...pair, fields } : undefined;
}

/** Which actions of a version continue one of the previous version's, which are new and which were dropped. Memoised per version. */
const pairingCache = new WeakMap<
  PlanVersionNode,
  { pairs: ActionPair[]; added: ActionNode[]; removed: ActionNode[] }
>();
function pairing(
  version: PlanVersionNode,
  previous: PlanVersionNode,
): { pairs: ActionPair[]; added: ActionNode[]; removed: ActionNode[] } {
  const cached = pairingCache.get(version);
  if (cached) return cached;
  const pairs: ActionPair[] = [];
  const added: ActionNode[] = [];
  const continued = new Set<ActionNode>();
  for (const after of version.actions) {
    const before = predecessor(after);
    if (before) {
      pairs.push({ before, after });
      continued.add(before);
    } else {
      added.push(after);
    }
  }
  const result = { pairs, added, removed: previous.actions.filter((a) => !continued.has(a)) };
  pairingCache.set(version, result);
  return result;
}

const changesCache = new WeakMap<PlanVersionNode, VersionChanges>();

/** What changed from the previous version to this one; undefined for a plan's first version. */
export function changesIn(version: PlanVersionNode): VersionChanges | undefined {
  const { previous } = version;
  if (!previous) return undefined;
  const cached = changesCache.get(version);
  if (cached) return cached;
  const { pairs, added, removed } = pairing(version, previous);
  const defined = <T>(values: (T | undefined)[]) => values.filter((v): v is T => v !== undefined);
  const changes: VersionChanges = {
    version,
    previous,
    added,
    removed,
    renumbered: pairs.filter((p) => p.before.ref !== p.after.ref),
    ratings: defined(
      pairs.map((p) => {
        const direction = ratingDirection(p);
        return direction ? { ...p, direction } : undefined;
      }),
    ),
    timescales: defined(pairs.map(timescaleChange)),
    evidence: defined(
      pairs.map((p) => {
        const addedEvidence = p.after.data.evidence.filter((e) => !p.before.data.evidence.includes(e));
        return addedEvidence.length > 0 ? { ...p, added: addedEvidence } : undefined;
      }),
    ),
    wording: defined(pairs.map(wordingChange)),
  };
  changesCache.set(version, changes);
  return changes;
}

/** Actions whose timescale moved later in the latest version of each given plan version's plan. */
export function slippedSinceLastVersion(version: PlanVersionNode): TimescaleChange[] {
  // Only the timescales: the register and overview need no word diff.
  if (!version.previous) return [];
  return pairing(version, version.previous)
    .pairs.map(timescaleChange)
    .filter((t): t is TimescaleChange => t !== undefined)
    .filter((t) => t.direction === 'slipped')
    .sort((a, b) => compareRefs(a.after.ref, b.after.ref));
}

/** One version's state of an action, and what changed since the version before. */
export interface HistoryEntry {
  version: PlanVersionNode;
  action?: ActionNode;
  rating?: RatingChange['direction'];
  timescale?: TimescaleChange;
  evidence: string[];
  renumberedFrom?: string;
  wording: FieldChange[];
}

/** An action's history across its plan's versions, following renumberings, oldest first. */
export function historyOf(action: ActionNode): HistoryEntry[] {
  const chain: ActionNode[] = [action];
  for (let a = predecessor(action); a; a = predecessor(a)) chain.unshift(a);
  return action.version.plan.versions.map((version) => {
    const current = chain.find((a) => a.version === version);
    const before = current ? predecessor(current) : undefined;
    if (!current) return { version, evidence: [], wording: [] };
    if (!before) return { version, action: current, evidence: current.data.evidence, wording: [] };
    const pair = { before, after: current };
    return {
      version,
      action: current,
      rating: ratingDirection(pair),
      timescale: timescaleChange(pair),
      evidence: current.data.evidence.filter((e) => !before.data.evidence.includes(e)),
      renumberedFrom: before.ref !== current.ref ? before.ref : undefined,
      wording: fieldChanges(before, current),
    };
  });
}

/** The times an action's timescale moved later, oldest first, up to the version it is in. */
export function slipsOf(action: ActionNode): TimescaleChange[] {
  const history = historyOf(action);
  const upTo = history.findIndex((e) => e.action === action);
  return history
    .slice(0, upTo + 1)
    .map((e) => e.timescale)
    .filter((t): t is TimescaleChange => t?.direction === 'slipped');
}
