import { nextVersionMdx, versionPaths } from './plan-sheets.ts';

/** A lower-case slug from a title: "Ofsted monitoring visit, May 2020" → "ofsted-monitoring-visit-may-2020". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const yamlString = (value: string) => JSON.stringify(value);

/** A new statement's MDX: valid as it stands, with every section ready to edit. */
export function statementMdx(options: { title: string; date: string; authorityName: string }): string {
  return `---
# A statement. Edit every field below, then run: npm run check
title: ${yamlString(options.title)}
# Add the press office's reference here if there is one, e.g.  reference: "PR5301"
date: ${yamlString(options.date)}
# One of: joint-statement, press-release, statement
kind: "statement"
# One or two sentences for listings, the feed and link previews.
summary: ${yamlString(`${options.title}.`)}
signatories:
  - ${yamlString(options.authorityName)}
# Documents the statement speaks about, as "<type>/<id>", e.g. "inspections/ofsted-2018", "plans/improvement-plan".
about: []
keyActions:
  - text: "A key action."
    items: []
questions:
  - question: "A question people are asking?"
    answer:
      - "The answer, one paragraph per item."
# "original": written for this site. Use "transcribed" if you copy a statement already published elsewhere.
origin: "original"
sources:
  - title: ${yamlString(`${options.title}, published by ${options.authorityName}`)}
---

Write the statement here, one paragraph per block of text.
`;
}

/** The next version id after a plan's versions: v1, v2 → v3. */
export function nextVersionId(existing: readonly string[]): string {
  const numbers = existing.map((v) => Number(/^v(\d+)$/.exec(v)?.[1] ?? 0));
  return `v${Math.max(0, ...numbers) + 1}`;
}

/** The files of a plan's next version, started from its latest: same table, new label and date. */
export function nextVersionFiles(options: {
  planKey: string;
  version: string;
  baseMdx: string;
  baseJson: string;
  published: string;
}): { path: string; text: string }[] {
  const paths = versionPaths(options.planKey, options.version);
  const label = `Version ${options.version.replace(/^v/, '')}`;
  return [
    { path: paths.mdx, text: nextVersionMdx(options.baseMdx, label, options.published) },
    { path: paths.json, text: options.baseJson },
  ];
}
