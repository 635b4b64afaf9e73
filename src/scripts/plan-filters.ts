// The plan outline's filters, where script runs: the count of actions shown is said in a polite live
// region (the CSS count beside it is generated content, which assistive technology is not told of
// when it changes), and the chosen filters are kept in the address (?theme=…&lead=…&rag=…&recommendation=…),
// so a filtered view can be shared and survives a reload or going back. The filtering itself stays
// in CSS (src/lib/search/filters.ts): without script the filters still work, only unannounced and
// not in the address.

/** The filters' names, in the order they appear in the address. */
const NAMES = ['theme', 'lead', 'rag', 'recommendation'] as const;

/** Sets each filter to the address's value for it, or to "all" where the address names none or an unknown one. */
function restore(form: HTMLFormElement, params: URLSearchParams): void {
  for (const name of NAMES) {
    const wanted = params.get(name) ?? '';
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement) {
      field.value = [...field.options].some((o) => o.value === wanted) ? wanted : '';
    } else if (field instanceof RadioNodeList) {
      const radios = [...field].filter((r): r is HTMLInputElement => r instanceof HTMLInputElement);
      (radios.find((r) => r.value === wanted) ?? radios.find((r) => r.value === ''))!.checked = true;
    }
  }
}

/** The address of the current filters: the page's own, with only the filters that narrow the list. */
function addressOf(form: HTMLFormElement): string {
  const url = new URL(window.location.href);
  const data = new FormData(form);
  for (const name of NAMES) {
    const value = data.get(name);
    if (typeof value === 'string' && value !== '') url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

export function keepPlanFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form#plan-filters');
  const plan = form?.closest<HTMLElement>('.app-plan');
  const live = plan?.querySelector<HTMLElement>('[data-filters-live]');
  if (!form || !plan || !live) return;
  const actions = [...plan.querySelectorAll<HTMLElement>('[data-action]')];
  const total = live.dataset.total ?? String(actions.length);
  /** Counts what the filter stylesheet leaves on screen, so the count and the list never disagree. */
  const say = () => {
    const shown = actions.filter((a) => a.getClientRects().length > 0).length;
    live.textContent = `${shown} of ${total} actions shown`;
  };
  const update = () => {
    say();
    const address = addressOf(form);
    if (address !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(history.state, '', address);
  };
  restore(form, new URLSearchParams(location.search));
  // The live region takes over from the CSS count; it is filled first, unannounced, then on each change.
  plan.dataset.filtersScripted = '';
  say();
  form.addEventListener('change', update);
  // "Show all actions" resets the form: the fields change only after the reset event.
  form.addEventListener('reset', () => setTimeout(update));
}
