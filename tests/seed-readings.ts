import type { Reading } from '../src/lib/content/seed-check.ts';

/**
 * How the bundled content was read wherever a plain-text field is not found word for word in the
 * source documents (kept beside the content in sources/<authority>/). Each is a decision a reviewer can see; the seed-verbatim
 * test fails on any field that is neither verbatim nor listed here, and on a reading that no
 * longer covers anything. File paths are relative to src/content.
 */
export const seedReadings: readonly Reading[] = [
  {
    file: 'authorities/torbay.json',
    path: 'roles[*].name',
    note: 'Role names spell out, in this site\'s words, the roles the plan\'s Lead column names ("HoS", "IRO\'s"); each action keeps the plan\'s own words in its lead.',
  },
  {
    file: 'inspections/torbay/ofsted-2010.json',
    path: 'title',
    note: 'Titled from the notice\'s "the report of the inspection of safeguarding and looked after children\'s services", with a capital letter.',
  },
  {
    file: 'inspections/worcestershire/ofsted-2010.json',
    path: 'title',
    note: 'Titled from the notice\'s "the report of the inspection of safeguarding and looked after children’s services", with a capital letter.',
  },
  {
    file: 'inspections/torbay/ofsted-2010.json',
    path: 'summary[0]',
    note: 'The notice\'s basis ("the report of … which judged …"), recast as a sentence: "The report … judged …".',
  },
  {
    file: 'inspections/worcestershire/ofsted-2010.json',
    path: 'summary[0]',
    note: 'The notice\'s basis ("the report of … which judged …"), recast as a sentence: "The report … judged …".',
  },
  {
    file: 'inspections/*/*.json',
    path: 'judgements[*].area',
    note: "The area judged, named by this site from the source's sentence (e.g. \"overall effectiveness and capacity for improvement … to be 'inadequate'\").",
  },
  {
    file: 'inspections/*/*.json',
    path: 'judgements[*].statedIn',
    note: "Which source states the judgement, in this site's words.",
  },
  {
    file: 'inspections/torbay/ofsted-2013.json',
    path: 'title',
    note: 'Titled by this site from the statement\'s "In February 2013 the last Ofsted report".',
  },
  {
    file: 'inspections/torbay/ofsted-2015.json',
    path: 'title',
    note: 'The statement\'s heading "Announced Inspection of Safeguarding and Looked after Children Services", in sentence case.',
  },
  {
    file: 'inspections/torbay/ofsted-2018.json',
    path: 'title',
    note: 'Titled by this site from the plan\'s "the June 2018 Ofsted Inspection Report".',
  },
  {
    file: 'monitoring-visits/torbay/*.json',
    path: 'title',
    note: 'Titled by this site from the month the plan cites the visit by (its visitedReadFrom words).',
  },
  {
    file: 'notices/*/*.json',
    path: 'addressee',
    note: 'The notice\'s "To: Name …" and "Address …" lines joined with a comma, without their labels.',
  },
  {
    file: 'indicators/*/*.json',
    path: 'title',
    note: "A short name, by this site, for the measure the notice's target is set in.",
  },
  {
    file: 'indicators/*/*.json',
    path: 'description',
    note: 'The notice\'s measure ("increasing the percentage of … to:") restated by this site as what the indicator counts.',
  },
  {
    file: 'plan-versions/torbay/improvement-plan/v1.mdx',
    path: 'label',
    note: 'The plan\'s "VERSION 1 - OCTOBER 2019", without its date and in sentence case.',
  },
  {
    file: 'plan-versions/torbay/improvement-plan/v1.mdx',
    path: 'body ¶*',
    note: 'The plan\'s upper-case headings ("OUR PRIORITIES FOR CHANGE") in sentence case.',
  },
  {
    file: 'peer-reviews/torbay/peer-review-2012.json',
    path: 'signedBy',
    note: 'The two lines the report ends with, "Richard Williams" and "Director of Children\'s Services", joined with a comma.',
  },
  {
    file: 'glossary/terms.json',
    path: 'terms[*].*',
    note: 'The glossary is written for this site: its expansions and explanations help readers and are not quoted from the sources (the glossary page says so).',
  },
];
