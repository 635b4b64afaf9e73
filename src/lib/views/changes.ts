/** The page of what changed in a plan version since the one before. */
import type { DiffPart, VersionChanges } from '../derivations/changes.ts';
import { formatDate } from '../base/dates.ts';
import { plural, titleOf } from '../derivations/labels.ts';
import { urlOf } from '../publishing/urls.ts';
import { link, planCrumbs, quotedTimescale, type Crumb, type Inline, type Line } from './common.ts';

export interface ChangesSection {
  id: string;
  heading: string;
  hint?: string;
  items: Line[];
  /** Evidence and wording: a sub-heading per action. */
  blocks?: { heading: Line; items?: string[]; fields?: { label: string; diff: DiffPart[] }[] }[];
  empty: string;
}

export interface ChangesView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  lead: Line;
  summaryCaption: string;
  summary: { label: string; href: string; count: number }[];
  sections: ChangesSection[];
  back: Inline;
}

const moved = (days?: number, months?: number) =>
  months !== undefined && Math.abs(months) >= 1
    ? plural(Math.abs(months), 'month')
    : days !== undefined
      ? plural(Math.abs(days), 'day')
      : '';

/** Everything the changes page says about a version's changes. */
export function changesView(changes: VersionChanges): ChangesView {
  const { version, previous } = changes;
  const { plan } = version;
  const action = (a: { ref: string } & Parameters<typeof urlOf>[0]) => link(`Action ${a.ref}`, a);
  const slipped = changes.timescales.filter((t) => t.direction === 'slipped');
  const forward = changes.timescales.filter((t) => t.direction !== 'slipped');
  /** "Action 1.1.1: Amber to Green", with what the change was where it has a word. */
  const ratingChange = (r: (typeof changes.ratings)[number], word?: string): Line => [
    action(r.after),
    ': ',
    { rating: r.before.rating },
    ' to ',
    { rating: r.after.rating },
    ...(word ? [` (${word})`] : []),
  ];
  const worse = changes.ratings.filter((r) => r.direction === 'worse');
  const better = changes.ratings.filter((r) => r.direction === 'better');
  const firstOrNoLonger = changes.ratings.filter(
    (r) => r.direction === 'first-rated' || r.direction === 'no-longer-rated',
  );
  const summary: [string, string, number][] = [
    ['New actions', 'new-actions', changes.added.length],
    ['Removed actions', 'removed-actions', changes.removed.length],
    ['Renumbered actions', 'renumbered-actions', changes.renumbered.length],
    ['Ratings better', 'ratings-better', better.length],
    ['Ratings worse', 'ratings-worse', worse.length],
    [
      'Rated for the first time',
      'rated-for-the-first-time',
      changes.ratings.filter((r) => r.direction === 'first-rated').length,
    ],
    ['Timescales slipped', 'timescales-slipped', slipped.length],
    [
      'Timescales brought forward',
      'timescales-brought-forward',
      changes.timescales.filter((t) => t.direction === 'earlier').length,
    ],
    ['Actions with new evidence', 'actions-with-new-evidence', changes.evidence.length],
    ['Actions reworded', 'actions-reworded', changes.wording.length],
  ];
  return {
    title: `What changed in ${version.data.label}, ${plan.data.title}`,
    breadcrumbs: [...planCrumbs(plan), { label: version.data.label, href: urlOf(version) }],
    caption: plan.data.title,
    heading: `What changed in ${version.data.label}`,
    lead: [
      'Changes from ',
      link(previous.data.label, previous),
      ` (${formatDate(previous.data.published)}) to `,
      link(version.data.label, version),
      ` (${formatDate(version.data.published)}).`,
    ],
    summaryCaption: 'Summary of changes',
    summary: summary.map(([label, id, count]) => ({ label, href: `#${id}`, count })),
    sections: [
      {
        id: 'timescales-slipped',
        heading: 'Timescales that slipped',
        empty: 'No timescale moved later.',
        items: slipped.map((t) => [
          action(t.after),
          ': ',
          { text: `Slipped${t.days !== undefined ? ` by ${moved(t.days, t.months)}` : ''}`, tag: 'overdue' },
          ` from ${quotedTimescale(t.before)} to ${quotedTimescale(t.after)}`,
        ]),
      },
      {
        id: 'timescales-brought-forward',
        heading: 'Timescales brought forward',
        empty: 'No timescale moved earlier.',
        items: forward.map((t) => [
          action(t.after),
          `: ${t.direction === 'earlier' ? `brought forward${t.days !== undefined ? ` by ${moved(t.days, t.months)}` : ''}` : 'changed'} from ${quotedTimescale(t.before)} to ${quotedTimescale(t.after)}`,
        ]),
      },
      {
        id: 'ratings-worse',
        heading: 'Ratings that got worse',
        empty: 'No rating got worse.',
        items: worse.map((r) => ratingChange(r, 'worse')),
      },
      {
        id: 'ratings-better',
        heading: 'Ratings that got better',
        empty: 'No rating got better.',
        items: better.map((r) => ratingChange(r, 'better')),
      },
      {
        id: 'rated-for-the-first-time',
        heading: 'Rated for the first time, or no longer rated',
        empty: 'None.',
        items: firstOrNoLonger.map((r) => ratingChange(r)),
      },
      {
        id: 'new-actions',
        heading: 'New actions',
        empty: 'No new actions.',
        items: changes.added.map((a) => [action(a), ` (objective ${a.objective.ref}): ${a.data.desiredOutcome[0]}`]),
      },
      {
        id: 'removed-actions',
        heading: 'Removed actions',
        empty: 'No action was removed.',
        items: changes.removed.map((a) => [action(a), `, last in ${previous.data.label}: ${a.data.desiredOutcome[0]}`]),
      },
      {
        id: 'renumbered-actions',
        heading: 'Renumbered actions',
        empty: 'No action was renumbered.',
        items: changes.renumbered.map((p) => [
          `Action ${p.before.ref} is now `,
          link(`action ${p.after.ref}`, p.after),
        ]),
      },
      {
        id: 'actions-with-new-evidence',
        heading: 'New evidence of progress',
        empty: 'No new evidence was reported.',
        items: [],
        blocks: changes.evidence.map((e) => ({ heading: [action(e.after)], items: e.added })),
      },
      {
        id: 'actions-reworded',
        heading: 'Changed wording',
        empty: 'No wording changed.',
        items: [],
        hint: 'Words removed are struck through and marked “removed”; words added are underlined and marked “added”.',
        blocks: changes.wording.map((w) => ({
          heading: [action(w.after)],
          fields: w.fields.map((f) => ({ label: f.label, diff: f.diff })),
        })),
      },
    ],
    back: link(`Back to ${titleOf(version)}`, version),
  };
}
