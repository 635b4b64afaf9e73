import type { ActionNode, Graph } from '../graph/graph.ts';

/** The value an action's rating takes in filters: the rating id, or "not-rated". */
export function ratingFilterValue(rag: string | null): string {
  return rag ?? 'not-rated';
}

/** The value a recommendation takes in the plan outline's filter: its id as the report names it. */
export function recommendationFilterValue(recommendation: { id: string }): string {
  return recommendation.id;
}

/** The space-separated filter values an outline element carries (`data-leads`, `data-rag`, `data-recommendations`). */
export interface FilterTokens {
  leads: string;
  rag: string;
  recommendations: string;
}

/**
 * The filter values of some actions, each set once in a stable order: an action's own, or an
 * objective's or theme's (all of its actions'), so a filter rule tests one attribute of each element
 * instead of searching its descendants with `:has()` (a phone's main thread pays for every such search).
 */
export function filterTokens(actions: readonly ActionNode[]): FilterTokens {
  const join = (values: Iterable<string>) => [...new Set(values)].join(' ');
  return {
    leads: join(actions.flatMap((a) => a.data.leadRoles)),
    rag: join(actions.map((a) => ratingFilterValue(a.data.rag))),
    recommendations: join(actions.flatMap((a) => a.recommendations.map(recommendationFilterValue))),
  };
}

const attr = (value: string) => JSON.stringify(value);

/**
 * The stylesheet behind the plan outline's filters: for each theme, lead role and rating that
 * any plan defines, a rule hiding what does not match the checked radio button (or, for the lead,
 * the selected option of a select). Filtering this way needs no script, so the filters work without
 * it (src/scripts/plan-filters.ts only announces the count and keeps the filters in the address). Objectives and themes carry their actions' values (filterTokens), so each rule tests
 * attributes only; the one `:has()` per rule is on `.app-plan`, a single element.
 */
export function filterStylesheet(graph: Graph): string {
  const themes = new Set<string>();
  const leads = new Set<string>();
  const ratings = new Set<string>(['not-rated']);
  const recommendations = new Set<string>();
  for (const version of graph.planVersions.values()) {
    version.actions.forEach((a) => a.recommendations.forEach((r) => recommendations.add(recommendationFilterValue(r))));
    version.themes.forEach((t) => themes.add(t.ref));
    (version.data.ratingScale?.ratings ?? []).forEach((r) => ratings.add(r.id));
    version.plan.authority.data.roles.forEach((r) => leads.add(r.id));
  }
  const checked = (name: string, value: string) => `.app-plan:has(input[name="${name}"][value=${attr(value)}]:checked)`;
  const selected = (name: string, value: string) =>
    `.app-plan:has(select[name="${name}"] option[value=${attr(value)}]:checked)`;
  // An action, or an objective or theme none of whose actions match, is hidden.
  const outlined = ':is([data-action], .app-objective, .app-theme)';
  const rules: string[] = ['/* Generated from the content by src/lib/search/filters.ts */'];
  for (const t of [...themes].sort()) {
    rules.push(`${checked('theme', t)} [data-theme]:not([data-theme=${attr(t)}]) { display: none; }`);
  }
  for (const l of [...leads].sort()) {
    rules.push(`${selected('lead', l)} ${outlined}:not([data-leads~=${attr(l)}]) { display: none; }`);
  }
  for (const r of [...ratings].sort()) {
    rules.push(`${checked('rag', r)} ${outlined}:not([data-rag~=${attr(r)}]) { display: none; }`);
  }
  for (const r of [...recommendations].sort()) {
    rules.push(
      `${checked('recommendation', r)} ${outlined}:not([data-recommendations~=${attr(r)}]) { display: none; }`,
    );
  }
  // "Show all actions" appears once any filter narrows the list, and stays at zero results.
  rules.push(
    '.app-plan:has(.app-filters :is(input, option):checked:not([value=""])) .app-filters__reset--inline { display: inline-block; }',
  );
  return `${rules.join('\n')}\n`;
}
