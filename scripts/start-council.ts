// `npm run start-council -- --name "Westshire Council" --publisher "Westshire Council" --colour "#0b3d6b"
//    --contact comms@westshire.gov.uk --licence OGL [--logo path/to/logo.svg] [--short-name Westshire] [--id westshire]`
// Turns a fresh copy of the project into an empty site for one council: its settings (site.json), its
// council file and the general glossary, with the bundled example councils removed from the content
// (they stay in the project's history and, frozen, in tests/fixtures/). Run in a terminal, it asks for
// what is missing; run any other way (CI, a script), it stops and names what to give.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, extname, join, resolve } from 'node:path';
import { idProblem, slugify } from '../src/lib/base/ids.ts';
import { authority as authoritySchema } from '../src/schemas/authority.ts';
import { glossary as glossarySchema } from '../src/schemas/glossary.ts';
import { siteSettingsFile } from '../src/schemas/site.ts';
import { readSiteSettings } from '../src/lib/content/site-settings.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { fail, readArguments } from './command-line.ts';
import { ask } from './questions.ts';

const usage =
  'Usage: npm run start-council -- --name "Westshire Council" --publisher "Westshire Council" --colour "#0b3d6b" --contact comms@westshire.gov.uk --licence OGL [--logo logo.svg] [--short-name Westshire] [--id westshire] [--site-name "…"] [--repository public|private]';

const { values, roots } = readArguments(
  {
    name: { type: 'string' },
    'short-name': { type: 'string' },
    id: { type: 'string' },
    'site-name': { type: 'string' },
    publisher: { type: 'string' },
    logo: { type: 'string' },
    colour: { type: 'string' },
    contact: { type: 'string' },
    licence: { type: 'string' },
    'licence-url': { type: 'string' },
    public: { type: 'string', default: 'public' },
    replace: { type: 'boolean' },
    repository: { type: 'string', default: 'public' },
  },
  usage,
);

/** The licences known by a short name; any other needs --licence-url. */
const knownLicences: Record<string, { name: string; url: string }> = {
  ogl: {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  'cc-by-4.0': { name: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};
knownLicences['open government licence v3.0'] = knownLicences.ogl!;

const questions = {
  name: 'The council\'s full name (e.g. "Westshire Council")',
  publisher: 'Who publishes the site (e.g. "Westshire Council")',
  colour: 'The header colour, #rrggbb, dark enough for white text (e.g. "#0b3d6b")',
  contact: 'How readers reach you: an email address or an https:// contact page',
  licence: "The licence: OGL (Open Government Licence v3.0), CC-BY-4.0, or another licence's name",
  logo: 'Your logo, an .svg or .png file (press Enter to keep the generic logo)',
} as const;
type Asked = keyof typeof questions;

const given: Partial<Record<Asked, string>> = {};
for (const key of Object.keys(questions) as Asked[]) if (values[key] !== undefined) given[key] = values[key];
const required: Asked[] = ['name', 'publisher', 'colour', 'contact', 'licence'];
const missing = required.filter((k) => !given[k]?.trim());

if (missing.length > 0 || given.logo === undefined) {
  if (process.stdin.isTTY && process.stdout.isTTY) {
    const keys = [...missing, ...(given.logo === undefined ? (['logo'] as const) : [])];
    const answers = await ask(
      keys.map((key) => ({ key, text: questions[key], required: key !== 'logo' })),
      process.stdin,
      process.stdout,
    );
    if (!answers.complete)
      fail('\nnpm run start-council stopped before every question was answered. Nothing was changed.');
    for (const key of keys) given[key] = answers[key];
  } else if (missing.length > 0) {
    fail(
      `npm run start-council needs ${missing.map((k) => `--${k}`).join(', ')} (run it in a terminal to be asked instead). Nothing was changed.\n${usage}`,
    );
  }
}

const name = given.name!.trim();
const shortName =
  values['short-name']?.trim() ||
  name.replace(/\s+(Metropolitan Borough|County Borough|Borough|County|City|District)?\s*Council$/i, '').trim() ||
  name;
const id = values.id?.trim() || slugify(shortName);
const idTrouble = idProblem(id, 'authority');
if (idTrouble) fail(`The council's id ${idTrouble}: give one with --id, e.g. --id westshire. Nothing was changed.`);

const licenceKey = given.licence!.trim();
const licence = knownLicences[licenceKey.toLowerCase()] ?? {
  name: licenceKey,
  url: values['licence-url']?.trim() ?? '',
};
if (!licence.url)
  fail(
    `"${licenceKey}" is not a licence this command knows (OGL, CC-BY-4.0): give its address too with --licence-url https://…. Nothing was changed.`,
  );

const contact = given.contact!.trim();
const logoFile = given.logo?.trim() ? resolve(given.logo.trim()) : undefined;
const logoExtension = logoFile ? extname(logoFile).toLowerCase() : '.svg';
if (logoFile && !existsSync(logoFile)) fail(`There is no logo file at ${logoFile}. Nothing was changed.`);
if (logoFile && !['.svg', '.png'].includes(logoExtension))
  fail(`The logo must be an .svg or .png file; ${logoFile} is not. Nothing was changed.`);

// The settings, checked by the very rules `npm run check` applies, so a mistake is said in the same words.
const settingsText = `${JSON.stringify(
  {
    name: values['site-name']?.trim() || `${shortName} Improvement Tracker`,
    tagline: `What ${name} was told to improve, and what it is doing about it`,
    publisher: {
      name: given.publisher!.trim(),
      logo: logoFile ? `/logo${logoExtension}` : '/logo.svg',
      colour: given.colour!.trim(),
    },
    contact: /^https?:\/\//i.test(contact) ? { url: contact } : { email: contact },
    licence,
    asOf: {},
    immediateFlagMonths: 3,
    // Public unless told otherwise: then drafts and embargoes are refused before they are committed.
    repository: values.repository,
    accessibilityStatement: { prepared: today(), reviewed: today() },
  },
  null,
  2,
)}\n`;
const checked = readSiteSettings(settingsText, siteSettingsFile);
if (!checked.settings)
  fail(`${formatProblems(checked.problems).replaceAll(`${siteSettingsFile}: `, '')}\nNothing was changed.`);
const council = authoritySchema.safeParse({ name, shortName, partners: [], roles: [] });
if (!council.success)
  fail(`The council's name cannot be used: ${council.error.issues[0]!.message}. Nothing was changed.`);

// Never lose an officer's work: a copy that is already a council's own site is replaced only when told
// to, and only when everything it holds is committed to git (so it can be got back).
const current = join(roots.content, siteSettingsFile);
const started = existsSync(current) && readSiteSettings(readFileSync(current, 'utf8'), current).settings;
if (started && started.publisher.name !== 'Improvement Tracker' && !values.replace)
  fail(
    `This copy is already the site of ${started.publisher.name} (${current}). Starting again would remove its content; if that is what you want, run the command again with --replace. Nothing was changed.`,
  );
const uncommitted = gitChanges([roots.content, roots.data]);
if (uncommitted === undefined && started && started.publisher.name !== 'Improvement Tracker')
  fail(`${roots.content} is not in a git repository, so what it holds could not be got back. Nothing was changed.`);
if (uncommitted)
  fail(
    `${roots.content} or ${roots.data} has changes not committed to git:\n${uncommitted}\nCommit or discard them first, so nothing is lost. Nothing was changed.`,
  );

// The general glossary (terms whose meaning is not taken from one council's documents) is kept.
const glossaryPath = join(roots.content, 'glossary/terms.json');
const generalTerms = existsSync(glossaryPath)
  ? glossarySchema
      .safeParse(JSON.parse(readFileSync(glossaryPath, 'utf8')))
      .data?.terms.filter((t) => t.meaningFrom !== 'documents' && t.meaningFrom !== 'unknown')
  : undefined;

// All or nothing: the new content is written beside the old, then swapped in.
const swap = (target: string, write: (dir: string) => void) => {
  const next = join(dirname(target), `.${target.split(/[\\/]/).pop()}.starting`);
  const old = join(dirname(target), `.${target.split(/[\\/]/).pop()}.previous`);
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  write(next);
  return () => {
    if (existsSync(target)) renameSync(target, old);
    renameSync(next, target);
    rmSync(old, { recursive: true, force: true });
  };
};
const commits = [
  swap(roots.content, (dir) => {
    writeFileSync(join(dir, siteSettingsFile), settingsText);
    mkdirSync(join(dir, 'authorities'));
    writeFileSync(
      join(dir, `authorities/${id}.json`),
      `${JSON.stringify({ name, shortName, partners: [], roles: [] }, null, 2)}\n`,
    );
    if (generalTerms && generalTerms.length > 0) {
      mkdirSync(join(dir, 'glossary'));
      writeFileSync(join(dir, 'glossary/terms.json'), `${JSON.stringify({ terms: generalTerms }, null, 2)}\n`);
    }
  }),
  swap(roots.data, (dir) => {
    // git keeps no empty folder: the marker keeps data/figures/ in the council's repository.
    mkdirSync(join(dir, 'figures'));
    writeFileSync(join(dir, 'figures/.gitkeep'), '');
  }),
];
for (const commit of commits) commit();
if (logoFile) {
  mkdirSync(values.public!, { recursive: true });
  copyFileSync(logoFile, join(values.public!, `logo${logoExtension}`));
}

console.log(
  [
    `Started the site of ${name}:`,
    `  ${join(roots.content, siteSettingsFile)} (the site's name, publisher, colour, contact and licence)`,
    `  ${join(roots.content, `authorities/${id}.json`)} (the council; its page will be /${id}/, and the site opens on it)`,
    ...(logoFile
      ? [`  ${join(values.public!, `logo${logoExtension}`)} (your logo)`]
      : ['  the generic logo is kept: give --logo to use yours']),
    'The example councils are no longer in the content (they stay in git history and in tests/fixtures/).',
    'Next: npm run check, then add your first document, e.g. npm run new -- notice ' +
      `${id} <id> --issued YYYY-MM-DD (docs/authoring.md), and set SITE_URL where you publish (docs/publishing.md).`,
  ].join('\n'),
);

/** Today's date, YYYY-MM-DD: when the accessibility statement starts. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** git's list of uncommitted changes under `paths` ('' when none), or undefined when git cannot say. */
function gitChanges(paths: string[]): string | undefined {
  try {
    return execFileSync('git', ['status', '--porcelain', '--', ...paths], {
      encoding: 'utf8',
      stdio: 'pipe',
    }).trimEnd();
  } catch {
    return undefined;
  }
}
