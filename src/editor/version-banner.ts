// The box at the top of a plan version's forms: whether the version is published (and so changes
// only by a correction) or open for updates, and, on the newest version, "Start Version N+1 from
// Version N" with the new version's date. It asks the editor's server where the version stands
// (src/editor/version-route.ts) each time the form opens, since versions are started while the
// editor runs. A form field that saves nothing: it only shows and acts.
import { fields, type ComponentSchema } from '@keystatic/core';
import { createElement as h, useEffect, useId, useState, type ReactNode } from 'react';

/** Where a version stands, as /api/editor/plan-version answers. */
interface Standing {
  label: string;
  published?: string;
  newest: { label: string; form?: string; isThis: boolean };
  next: string;
}

const box = {
  border: '3px solid #1d70b8',
  padding: '0.75rem 1rem',
  marginBottom: '0.5rem',
  lineHeight: 1.5,
  maxWidth: '46rem',
} as const;

function Banner({ version }: { version: string }): ReactNode {
  const [standing, setStanding] = useState<Standing | { error: string } | undefined>();
  const [date, setDate] = useState('');
  const [message, setMessage] = useState<{ text: string; alert: boolean } | undefined>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  useEffect(() => {
    fetch(`/api/editor/plan-version?version=${encodeURIComponent(version)}`)
      .then(async (r) => (r.ok ? setStanding(await r.json()) : setStanding({ error: (await r.json()).message })))
      .catch(() => setStanding({ error: 'The editor could not say whether this version is published.' }));
  }, [version]);
  if (!standing) return h('p', { style: box }, 'Checking whether this version is published…');
  if ('error' in standing) return h('p', { style: box, role: 'alert' }, standing.error);
  const start = async () => {
    if (!date.trim()) {
      setMessage({ text: `Give ${standing.next}'s own date first, e.g. 2026-12.`, alert: true });
      return;
    }
    setBusy(true);
    setMessage({ text: `Starting ${standing.next}…`, alert: false });
    const response = await fetch('/api/editor/plan-version', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ plan: version.split('/').slice(0, 2).join('/'), published: date.trim() }),
    }).catch(() => undefined);
    const body = (await response?.json().catch(() => undefined)) as { message?: string; form?: string } | undefined;
    if (response?.ok && body?.form) {
      setMessage({ text: `${standing.next} is started: opening it…`, alert: false });
      window.location.assign(body.form);
      return;
    }
    setBusy(false);
    setMessage({ text: body?.message ?? `${standing.next} could not be started: try again.`, alert: true });
  };
  const state = standing.published
    ? h(
        'p',
        null,
        h('strong', null, `${standing.label} is published`),
        ` (${standing.published}): what it says stays as published, and a save that changes it is refused. To put right a mistake in it, add a correction below (under "Corrections made after publication") saying what you corrected and why, and save in the same go: the site shows it as a correction.`,
      )
    : h(
        'p',
        null,
        h('strong', null, `${standing.label} is the newest version`),
        ', kept here by the council: update its ratings, evidence and directions of travel in this form. It becomes published, and keeps what it says, when the next version is started from it.',
      );
  const next = standing.newest.isThis
    ? h(
        'div',
        { role: 'group', 'aria-labelledby': `${id}-heading` },
        h('p', { id: `${id}-heading` }, h('strong', null, `Start ${standing.next} from ${standing.label}`)),
        h(
          'p',
          { id: `${id}-hint` },
          `${standing.next} starts as a copy of ${standing.label}'s actions and ratings, for you to update; ${standing.label} stays as it is. Its date is the new version's own, as it will be shown: YYYY-MM (e.g. 2026-12), or YYYY-MM-DD.`,
        ),
        h(
          'label',
          { htmlFor: `${id}-date`, style: { display: 'block', fontWeight: 'bold' } },
          `Date of ${standing.next}`,
        ),
        h('input', {
          id: `${id}-date`,
          type: 'text',
          inputMode: 'numeric',
          value: date,
          'aria-required': true,
          'aria-describedby': `${id}-hint`,
          onChange: (e: { target: { value: string } }) => setDate(e.target.value),
          style: { font: 'inherit', padding: '0.25rem', marginRight: '0.5rem', border: '2px solid #0b0c0c' },
        }),
        h(
          'button',
          {
            type: 'button',
            disabled: busy,
            onClick: start,
            style: { font: 'inherit', padding: '0.25rem 0.75rem', cursor: 'pointer' },
          },
          `Start ${standing.next} from ${standing.label}`,
        ),
      )
    : h(
        'p',
        null,
        `The newest version is ${standing.newest.label}: ratings and evidence are updated there. `,
        standing.newest.form ? h('a', { href: standing.newest.form }, `Open ${standing.newest.label}`) : null,
      );
  return h(
    'div',
    { style: box },
    state,
    next,
    message ? h('p', message.alert ? { role: 'alert' } : { role: 'status' }, message.text) : null,
  );
}

/** The banner of the version "<authority>/<plan>/<version>": a field that saves nothing. */
export function versionBanner(version: string): ComponentSchema {
  return {
    ...fields.ignored(),
    label: 'Where this version stands',
    Input: () => h(Banner, { version }),
  } as unknown as ComponentSchema;
}
