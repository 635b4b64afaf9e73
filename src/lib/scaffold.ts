import { templateText } from '../schemas/statement.ts';
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

/**
 * A new statement's MDX, with every section ready to edit. Its example texts (templateText) are
 * refused by the check until the author replaces or deletes them.
 */
export function statementMdx(options: { title: string; date: string; authorityName: string }): string {
  return `---
# A statement. Replace every example below, then run: npm run check
# (the check refuses the example texts until they are replaced or deleted)
title: ${yamlString(options.title)}
# Add the press office's reference here if there is one, e.g.  reference: "PR5301"
date: ${yamlString(options.date)}
# One of: joint-statement, press-release, statement
kind: "statement"
# The summary, shown in listings, the feed and link previews.
summary: ${yamlString(templateText.summary)}
signatories:
  - ${yamlString(options.authorityName)}
# Documents the statement speaks about, as "<type>/<id>", e.g. "inspections/ofsted-2018", "plans/improvement-plan".
about: []
keyActions:
  - text: ${yamlString(templateText.keyAction)}
    items: []
questions:
  - question: ${yamlString(templateText.question)}
    answer:
      - ${yamlString(templateText.answer)}
sources:
  - title: ${yamlString(`${options.title}, published by ${options.authorityName}`)}
# While this is true the statement is checked but never published. To hold it back until a
# moment, add e.g.  publishAt: "2026-12-01 09:30"  (UK time).
draft: false
---

${templateText.body}
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
