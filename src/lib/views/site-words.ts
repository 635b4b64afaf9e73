/**
 * The site's own words: labels and phrases this site coins (not the documents' words), each with a
 * plain definition for the glossary page, so a reader meeting "Rests on" or "Met?" can look it up.
 * They are the engine's, not a council's: they stay the same whatever content a council publishes,
 * so they live here rather than in the content's glossary. Each is one place: the views that show a
 * label take it from here (`siteWord`), and link it to its entry where it fits.
 */

/** One phrase of the site's own, as pages write it, and what it means. */
export interface SiteWord {
  /** The phrase as pages show it: "Rests on". */
  term: string;
  /** What it means, in plain words. */
  definition: string;
}

export const siteWords = {
  ownTime: {
    term: 'Each council keeps its own time',
    definition:
      "What is late, current or next for a council is judged as at that council's own date: the date of its newest document published here, and for each plan the date of the plan's latest version (or a date this site is set to). It is never judged as at today, nor at another council's date, so a plan of October 2019 is read as it stood in October 2019.",
  },
  asAt: {
    term: 'As at',
    definition:
      'The date a page or a sentence is true at. "None is late as at October 2019" means none was late by the date of the document it is judged from; the site does not know what happened after the newest document published here.',
  },
  late: {
    term: 'Late',
    definition:
      "An action is late (or overdue) when the date in its timescale is certainly before its plan's as-at date and the plan does not rate it complete. An action with no date in its timescale is never counted late.",
  },
  immediate: {
    term: 'Timed “Immediate”',
    definition:
      'An action whose timescale in the plan is "Immediate". The word gives no date, so such actions are counted separately and never counted late.',
  },
  slipped: {
    term: 'Slipped',
    definition:
      'An action whose timescale moved later from one version of a plan to the next: a later date, or "Immediate" in the earlier version and a date in the later one.',
  },
  next: {
    term: 'Next',
    definition:
      "The soonest deadline still ahead as at the plan's or the council's own date: an action's due date, or a date the council's documents set. A deadline that was ahead then may have passed since.",
  },
  ratedByCouncil: {
    term: 'Rated by the council',
    definition:
      "The ratings the council's own improvement plan gives its actions (for example red, amber or green). They are the council's assessment of itself, not an inspector's judgement.",
  },
  inspectorsRecent: {
    term: 'What inspectors said most recently',
    definition:
      "The most recent finding of an inspectors' monitoring visit about a recommendation (\"Inspectors (most recent)\" in a status line), quoted from the visit's letter, shown only where the letter itself says which recommendation it concerns. It sits beside the council's ratings and is never mixed with them.",
  },
  repeated: {
    term: 'Repeated',
    definition:
      'A recommendation that repeats one made in an earlier inspection report, as the documents published here say.',
  },
  alsoAnswers: {
    term: 'Also answers',
    definition:
      'A document other than the inspection report that an improvement plan says it responds to, such as a diagnostic assessment or a performance scorecard. Where it is not published on this site, the page says so.',
  },
  restsOn: {
    term: 'Rests on',
    definition:
      'The documents an improvement notice or direction is based on, as the notice names them: usually an inspection report, sometimes other assessments. Where the notice does not say, the page says so.',
  },
  citedAs: {
    term: 'Cited in the plan as',
    definition:
      'How the council\'s improvement plan refers to a monitoring visit, quoted in the plan\'s own words (for example "the May 2019 monitoring visit"). "Not cited" means no plan published here mentions it.',
  },
  met: {
    term: 'Met?',
    definition:
      'Whether a target was met: the figure published here for the target\'s period set against the target, in the direction the source says is better. "Not yet known" where no such figure is published and the period may not have ended by the council\'s date; "The documents published here do not say" where it cannot be judged from them.',
  },
  notInSource: {
    term: 'Not in the source',
    definition:
      'The documents published here do not give this. The site says so, often with a note of why, rather than guess or fill it in.',
  },
  inferred: {
    term: 'Inferred',
    definition:
      'Worked out by this site rather than read in a document, such as a year taken from where a notice was reposted. An inferred date or fact is always marked, with how it was inferred.',
  },
  history: {
    term: 'History',
    definition:
      'A document dated certainly before the latest judged inspection of a council. It is kept and linked, but it describes the past, not where the council stands now.',
  },
} as const satisfies Record<string, SiteWord>;

/** The anchor of a phrase on the glossary page: "Rests on" → "phrase-rests-on". */
export function siteWordAnchor(word: SiteWord): string {
  return `phrase-${word.term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** The glossary link of a phrase: "/glossary/#phrase-rests-on". */
export function siteWordHref(word: SiteWord, glossaryPath = '/glossary/'): string {
  return `${glossaryPath}#${siteWordAnchor(word)}`;
}
