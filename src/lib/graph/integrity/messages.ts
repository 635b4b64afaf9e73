// The catalogue of integrity rules (as Astro's errors-data.ts is for its errors): every rule the
// content check applies across files, by a stable id, with what it checks and the message an author
// sees. Each Problem the check reports carries its rule's id, and tests assert the id, so a message's
// wording can be improved without breaking them. Ids are "<family>.<rule>"; the family is the module
// of src/lib/graph/integrity/ that applies the rule. Never reuse or rename an id: add a new one.
import { show } from '../../content/problems.ts';
import { templateTextMessage } from '../../content/publication.ts';
import { idList, list, ranges } from './format.ts';

/** One rule: what it checks, in a sentence, and the message it reports (what is wrong, and the fix). */
export interface Rule<A extends unknown[] = never[]> {
  summary: string;
  message: (...args: A) => string;
}

/** The message of every rule that reports a reference to a document that does not exist. */
function unknownDocument(what: string, slug: string, authority: string, known: readonly string[], folder: string) {
  return `no ${what} "${slug}" exists for ${authority}${known.length ? `: known ${what}s are ${list(known)}` : ''}. Add src/content/${folder}/${authority}/${slug}.json or correct the id`;
}

const unknownRole = (id: string, authority: string, roles: readonly string[]) =>
  `no role "${id}" is defined for ${authority}: add it to src/content/authorities/${authority}.json roles, or use one of ${list(roles, 'or')}`;

const targetWithoutValue = () =>
  "give the value (a number), or the source's words in valueText where it gives no number";

export const messages = {
  // scaffold.ts
  'scaffold.text-in-field': {
    summary: 'A field still holds the "EDIT: …" text npm run new put there.',
    message: (value: string) =>
      `still has the text npm run new put there (${JSON.stringify(value)}): replace it with the source's words, or, where the source does not give it, remove it and say so (notInSource, or the field's own "not given" form)`,
  },
  'scaffold.text-in-body': {
    summary: 'The text below the frontmatter still holds "EDIT: …" from npm run new.',
    message: () =>
      'its text below the frontmatter still has the text npm run new put there ("EDIT: …"): replace it with the source\'s words',
  },

  // authorities.ts
  'authority.unknown': {
    summary: 'A document is filed under an authority that does not exist.',
    message: (authority: string, known: readonly string[]) =>
      `it is filed under "${authority}", but no authority "${authority}" exists: known authorities are ${list(known)}. Add src/content/authorities/${authority}.json or move the file`,
  },
  'authority.duplicate-role': {
    summary: "Two of an authority's roles have the same id.",
    message: (id: string) => `role id "${id}" is used more than once: each role needs its own id`,
  },

  // glossary.ts
  'glossary.duplicate-term': {
    summary: 'A glossary defines a term twice (case aside).',
    message: (term: string) => `the term "${term}" is defined more than once: keep one definition`,
  },

  // inspections.ts
  'inspection.duplicate-recommendation': {
    summary: 'Two recommendations of a report have the same id.',
    message: (id: string) => `recommendation "${id}" appears more than once: each id must be unique`,
  },
  'inspection.duplicate-paragraph': {
    summary: 'Two paragraphs of a report have the same number.',
    message: (n: number) => `paragraph ${n} appears more than once: each number must be unique`,
  },
  'inspection.count-below-listed': {
    summary: 'The recommendationCount of a report is fewer than the recommendations listed.',
    message: (count: number, ids: readonly string[]) =>
      `says the report has ${count} recommendations, but ${ids.length} are listed (${idList(ids)}): the count is the report's total, so it cannot be fewer than those listed`,
  },
  'inspection.repeated-from-not-repeated': {
    summary: 'A recommendation names the report it is repeated from but is not marked repeated.',
    message: () => `names an earlier report but "repeated" is false: set "repeated": true or remove repeatedFrom`,
  },
  'inspection.repeated-from-unknown-inspection': {
    summary: 'A recommendation is repeated from an inspection that does not exist.',
    message: unknownDocument,
  },
  'inspection.repeated-from-not-earlier': {
    summary: 'A recommendation is repeated from a report that is not earlier.',
    message: (slug: string) =>
      `"${slug}" is not earlier than this inspection: a recommendation can only be repeated from an earlier report`,
  },

  // monitoring-visits.ts
  'monitoring-visit.unknown-inspection': {
    summary: 'A monitoring visit follows an inspection that does not exist.',
    message: unknownDocument,
  },
  'monitoring-visit.tie-unknown-finding': {
    summary: "A tie names a finding that is not, word for word, one of the visit's findings.",
    message: (finding: string) =>
      `ties a finding that is not one of this visit's findings (${JSON.stringify(finding.length > 80 ? `${finding.slice(0, 80)}…` : finding)}): copy the finding's words exactly from findings`,
  },
  'monitoring-visit.tie-unknown-recommendation': {
    summary: 'A finding is tied to a recommendation the inspection it follows does not make.',
    message: (id: string, inspection: string, known: readonly string[]) =>
      `ties a finding to recommendation "${id}", but the inspection it follows (${inspection}) has no recommendation "${id}"${known.length ? `: its recommendations are ${idList(known)}` : ''}. Use the id as the report numbers it, or remove the tie`,
  },
  'monitoring-visit.tie-names-nothing': {
    summary: 'A tie names neither a recommendation nor an area.',
    message: () =>
      "ties a finding to nothing: name the recommendations or the report's areas the letter says it concerns, or remove the tie",
  },

  // notices.ts
  'notice.unknown-inspection': {
    summary: 'A notice names an inspection that does not exist.',
    message: unknownDocument,
  },
  'notice.rests-on-nothing': {
    summary:
      'A notice says neither which inspection nor which documents it rests on, nor (notInSource.basis) that the source does not say.',
    message: () =>
      'say what the notice rests on: give "inspection" (the id of an inspection published here), "restsOn" (the documents it names), or both; where the source does not say, give notInSource.basis with a note',
  },
  'notice.rests-on-unknown-inspection': {
    summary: 'A notice rests on an inspection that does not exist.',
    message: unknownDocument,
  },
  'notice.no-measures': {
    summary: 'A notice lists no measures and does not say why.',
    message: () =>
      'the notice lists no measures: add them, or, where the source does not give them, say why in notInSource.measures (e.g. "Only page 1 of 4 of the notice is in the sources.")',
  },
  'notice.field-missing': {
    summary: 'A notice leaves out issuedBy, addressee, area, basis or consequence and does not say why.',
    message: (field: string) =>
      `missing: give the ${field} in the notice's words, or, where the source does not give it, say why in notInSource.${field}`,
  },
  'notice.field-also-not-in-source': {
    summary: 'A notice gives a field and also says it is not in the source.',
    message: (field: string) => `${field} is given, so it cannot also be "not in the source": remove one`,
  },
  'notice.measures-also-not-in-source': {
    summary: 'A notice lists measures and also says they are not in the source.',
    message: () =>
      'measures are listed, so they cannot also be "not in the source": remove one, or say in "part" which part of the document the sources give',
  },
  'notice.follows-unknown-notice': {
    summary: 'A notice follows a notice that does not exist.',
    message: unknownDocument,
  },
  'notice.follows-not-earlier': {
    summary: 'A notice follows one that was not issued before it.',
    message: (slug: string) => `"${slug}" was not issued before this notice: a notice can only follow an earlier one`,
  },
  'notice.appoints-without-direction': {
    summary: 'A notice that is not a direction appoints someone.',
    message: () =>
      'only a direction appoints a commissioner or a trust: set "kind": "direction", or move the appointment to the direction',
  },
  'notice.event-before-issue': {
    summary: "An event in a notice's life is dated before the notice was issued.",
    message: (event: string, date: string, issued: string) =>
      `${event} on ${date}, before the notice was issued (${issued}): correct the date`,
  },
  'notice.replaced-by-on-other-event': {
    summary: 'An event other than "replaced" names what replaced the notice.',
    message: (event: string) => `only a "replaced" event names what replaced the notice: this event is "${event}"`,
  },
  'notice.replaced-by-unknown-notice': {
    summary: 'A notice is replaced by a notice that does not exist.',
    message: unknownDocument,
  },
  'notice.events-out-of-order': {
    summary: "A notice's life is not listed oldest first.",
    message: () => 'list the events oldest first',
  },
  'notice.event-after-end': {
    summary: 'Something happens to a notice after it was lifted, replaced or revoked.',
    message: (event: string, date: string) =>
      `the notice was already ${event} on ${date}: nothing can happen to it afterwards`,
  },
  'notice.measure-unknown-indicator': {
    summary: "A notice's measure names an indicator that does not exist.",
    message: unknownDocument,
  },
  'notice.targets-without-indicator': {
    summary: 'A measure has targets but names no indicator.',
    message: () => 'this measure has targets but no indicator: name the indicator its targets are expressed in',
  },
  'notice.target-without-value': {
    summary: "A notice's target gives neither a value nor the source's words.",
    message: targetWithoutValue,
  },

  // plans.ts
  'plan.unknown-inspection': {
    summary: 'A plan answers an inspection that does not exist.',
    message: unknownDocument,
  },
  'plan.rests-on-unknown-inspection': {
    summary: 'A plan rests on an inspection that does not exist.',
    message: unknownDocument,
  },

  // indicators.ts
  'indicator.rate-without-per': {
    summary: 'A rate does not say "per" what and of which population.',
    message: () =>
      'a rate needs "per" (e.g. 10000) and "population" (e.g. "children aged under 18"), so the site can say "per 10,000 children aged under 18"',
  },
  'indicator.per-without-rate': {
    summary: 'An indicator that is not a rate gives "per" or "population".',
    message: (unit: string) => `only a rate has "per" and "population": this indicator's unit is "${unit}"`,
  },
  'indicator.target-without-plan-version': {
    summary: 'A target set by a plan version does not name the version.',
    message: () => 'name the plan version that sets the target: "<plan>/<version>", e.g. "improvement-plan/v1"',
  },
  'indicator.target-unknown-plan-version': {
    summary: 'A target is set by a plan version that does not exist.',
    message: (version: string, authority: string, known: readonly string[]) =>
      `no plan version "${version}" exists for ${authority}: known versions are ${list(known)}`,
  },
  'indicator.target-without-value': {
    summary: "An indicator's target gives neither a value nor the source's words.",
    message: targetWithoutValue,
  },

  // plan-versions.ts
  'plan-version.unknown-plan': {
    summary: 'A plan version belongs to a plan that does not exist.',
    message: (planKey: string) =>
      `it is a version of plan "${planKey}", which does not exist: add src/content/plans/${planKey}.json`,
  },
  'plan-version.no-table': {
    summary: 'A plan version has no table of themes, objectives and actions beside it.',
    message: (id: string) =>
      `has no table of themes, objectives and actions: add src/content/plan-versions/${id}.json beside it`,
  },
  'plan-version.duplicate-rating': {
    summary: "A version's rating scale defines a rating twice.",
    message: (id: string) => `rating "${id}" is defined more than once`,
  },
  'plan-version.dated-before-previous': {
    summary: 'A version is dated before the version its name says it follows ("v2" published before "v1").',
    message: (published: string, previous: string, previousPublished: string) =>
      `is dated ${published}, before ${previous} (${previousPublished}), which it follows by its name; the site orders a plan's versions by date, so the later version would be hidden behind the earlier one: correct "published" to the date this version was published, or rename the files if this is the earlier version`,
  },
  'plan-version.duplicate-stage': {
    summary: 'Two stages of a version have the same number.',
    message: (n: number) => `stage ${n} appears more than once`,
  },
  'plan-version.claim-repeated-recommendations': {
    summary: 'The plan\'s count of repeated recommendations differs from the report\'s "repeated" marks.',
    message: (claimed: number, file: string, repeated: readonly string[]) =>
      `the plan says ${claimed} repeated recommendations, but ${file} marks ${repeated.length} as repeated (${idList(repeated)}): correct the claim or the "repeated" marks`,
  },
  'plan-version.claim-recommendations': {
    summary: "The plan's count of the report's recommendations differs from the report.",
    message: (claimed: number, file: string, counted: boolean, total: number) =>
      `the plan says the report has ${claimed} recommendations, but ${file} ${counted ? 'gives recommendationCount' : 'lists'} ${total}`,
  },
  'plan-version.claim-themes': {
    summary: "The plan's count of its themes differs from its table.",
    message: (claimed: number, themes: number) => `the plan says it has ${claimed} themes, but its table has ${themes}`,
  },

  // plan-tables.ts
  'plan-table.no-version': {
    summary: 'A plan table has no version (.mdx) beside it.',
    message: (id: string) =>
      `is a plan table with no version beside it: add src/content/plan-versions/${id}.mdx (the version's date, rating scale and introduction)`,
  },
  'plan-table.objective-outside-theme': {
    summary: "An objective's reference does not start with its theme's.",
    message: (objective: string, theme: string) =>
      `objective ${objective} is listed under theme ${theme}: its reference should start "${theme}."`,
  },
  'plan-table.aim-cites-unknown-recommendation': {
    summary: "An objective's bullet cites a recommendation the plan's report does not have.",
    message: (n: string, inspection: string, ids: readonly string[], file: string) =>
      `recommendation ${n} does not exist: the plan's report "${inspection}" has recommendations ${idList(ids)} (${file})`,
  },
  'plan-table.cites-without-inspection': {
    summary: 'A plan that names no inspection cites a recommendation or paragraph of one.',
    message: (what: string) =>
      `cites ${what}, but the plan names no inspection (its notInSource.inspection says the sources name none): name the inspection in the plan's "inspection", or remove the citation`,
  },
  'plan-table.aim-repeated-not-in-report': {
    summary: 'The plan marks a recommendation repeated where the report does not.',
    message: (n: string, file: string) =>
      `the plan marks recommendation ${n} "repeated", but ${file} does not: set "repeated": true there, or false here`,
  },
  'plan-table.unknown-monitoring-visit': {
    summary: 'A bullet or an action cites a monitoring visit that does not exist.',
    message: (slug: string, authority: string, known: readonly string[]) =>
      `no monitoring visit "${slug}" exists for ${authority}: known visits are ${list(known)}. Add src/content/monitoring-visits/${authority}/${slug}.json or correct the id`,
  },
  'plan-table.action-in-two-objectives': {
    summary: 'One action reference appears under two objectives.',
    message: (ref: string, earlier: string, place: string) =>
      `action ${ref} appears in ${earlier} and again in ${place}: an action belongs to one objective; remove one or give it a new reference`,
  },
  'plan-table.action-outside-objective': {
    summary: "An action's reference does not start with its objective's.",
    message: (ref: string, objective: string) =>
      `action ${ref} is listed under objective ${objective}: its reference should start "${objective}."`,
  },
  'plan-table.desired-outcome-empty': {
    summary: 'An action has no desired outcome and does not say why.',
    message: () =>
      "is empty: give the desired outcome in the plan's words, or, where the source does not give it, say why in notInSource.desiredOutcome",
  },
  'plan-table.rating-without-scale': {
    summary: 'An action is rated but its version has no rating scale.',
    message: (rag: string, versionFile: string) =>
      `${show(rag)}: this version has no rating column (no ratingScale in ${versionFile}): use null, or add the plan's rating scale`,
  },
  'plan-table.rating-not-in-scale': {
    summary: "An action's rating is not one of its version's scale.",
    message: (rag: string, scale: string, ratings: readonly string[]) =>
      `${show(rag)} is not a rating of this version's ${scale} scale: use one of ${list(ratings, 'or')}, or null for not yet rated`,
  },
  'plan-table.unknown-lead-role': {
    summary: "An action's lead role is not one of its authority's roles.",
    message: unknownRole,
  },
  'plan-table.unknown-partner-role': {
    summary: "An action's partner role is not one of its authority's roles.",
    message: unknownRole,
  },
  'plan-table.partner-words-not-in-lead': {
    summary: "A partner's words are not part of the action's lead.",
    message: (words: string, lead: string) =>
      `${show(words)} is not part of the lead ${show(lead)}: copy the words that name the role from the lead exactly`,
  },
  'plan-table.action-cites-unknown-paragraph': {
    summary: "An action cites a paragraph that is not recorded for the plan's report.",
    message: (n: number, inspection: string, recorded: readonly number[], file: string) =>
      `paragraph ${n} is not recorded for the report "${inspection}": its recorded paragraphs are ${ranges(recorded)}. Add paragraph ${n} to ${file} or correct the number`,
  },
  'plan-table.duplicate-theme': {
    summary: 'Two themes of a table have the same reference.',
    message: (ref: string) => `theme ${ref} appears more than once`,
  },
  'plan-table.duplicate-objective': {
    summary: 'Two objectives of a table have the same reference.',
    message: (ref: string) => `objective ${ref} appears more than once: an objective belongs to one theme`,
  },
  'plan-table.previous-ref-unknown': {
    summary: "A renumbered action's previousRef is not an action of the previous version.",
    message: (ref: string, previousVersion: string) =>
      `action ${ref} is not in the previous version (${previousVersion}): previousRef must name an action of that version`,
  },
  'plan-table.previous-ref-in-first-version': {
    summary: "An action of a plan's first version says it was renumbered.",
    message: () => "this is the plan's first version, so no action can have been renumbered: remove previousRef",
  },

  // figures.ts
  'figures.unknown-indicator': {
    summary: 'Figures are filed for an indicator that does not exist.',
    message: (slug: string, authority: string, known: readonly string[]) =>
      `these figures are for indicator "${slug}", which does not exist for ${authority}: known indicators are ${list(known)}. Name the file after an indicator in src/content/indicators/${authority}/`,
  },
  'figures.duplicate-period': {
    summary: 'Two figures have the same period and basis.',
    message: (periodAndBasis: string) =>
      `there are two ${periodAndBasis.replace(' ', ' figures on the ')} basis: keep one figure per period and basis`,
  },

  // peer-reviews.ts
  'peer-review.unknown-notice': {
    summary: 'A peer review speaks to a notice that does not exist.',
    message: unknownDocument,
  },

  // statements.ts
  'statement.about-unknown-document': {
    summary: 'A statement is about a document that does not exist.',
    message: unknownDocument,
  },
  'statement.about-unknown-type': {
    summary: 'A statement is about a kind of document a statement cannot be about.',
    message: (type: string, types: readonly string[]) =>
      `${JSON.stringify(type)} is not a kind of document a statement can be about: write "<type>/<id>" where type is one of ${types.join(', ')}`,
  },
  'statement.template-text': {
    summary: "A statement's text is still the template's example.",
    message: templateTextMessage,
  },

  // sources.ts
  'source.unknown-file': {
    summary: "A document names a source file that is not in its authority's sources folder.",
    message: (file: string, folder: string, known: readonly string[]) =>
      `names the source file ${show(file)}, but ${folder}/ has no such file${known.length ? `: its source files are ${list(known)}` : ''}. Put the source document's text there as a plain-text file of that name, or correct the name`,
  },
  'source.not-verbatim': {
    summary: 'A field of a transcribed document is not found word for word in the source files it names.',
    message: (files: readonly string[], near: { source: string; field: string } | undefined, readingsPath: string) =>
      `is not word for word in ${list(files)}. ${
        near
          ? `The nearest text there is "${near.source}", where this field has "${near.field}". `
          : 'No three words of it in a row are there. '
      }Correct the words to the source's, or, where the site's words are a reading of the source (a title, a sentence recast), add a reading saying how it was read to ${readingsPath}`,
  },
  'source.unused-reading': {
    summary: 'A reading covers no field that needs one.',
    message: (file: string, path: string) =>
      `the reading for ${show(file)} ${show(path)} covers no field that differs from its source (the field is now word for word, or gone, or the file or path is mistyped): remove the reading, or correct its file or path`,
  },
  'source.invalid-readings': {
    summary: 'A readings file is not a list of readings.',
    message: (why: string) =>
      `${why}. A readings file holds { "readings": [ { "file": "inspections/torbay/ofsted-2018.json", "path": "title", "note": "how it was read" } ] }`,
  },
} as const satisfies Record<string, Rule<any[]>>;

/** A rule's stable id: "plan-table.aim-cites-unknown-recommendation". */
export type RuleId = keyof typeof messages;

/** The arguments a rule's message takes. */
export type MessageArgs<R extends RuleId> = Parameters<(typeof messages)[R]['message']>;

/** The rules whose message is about a reference to a document that does not exist. */
export type UnknownDocumentRule = {
  [R in RuleId]: (typeof messages)[R]['message'] extends typeof unknownDocument
    ? typeof unknownDocument extends (typeof messages)[R]['message']
      ? R
      : never
    : never;
}[RuleId];

/** Every rule id, in the catalogue's order. */
export const ruleIds = Object.keys(messages) as RuleId[];

/** The message of a rule, for these arguments. */
export function messageOf<R extends RuleId>(rule: R, ...args: MessageArgs<R>): string {
  return (messages[rule].message as (...a: MessageArgs<R>) => string)(...args);
}
