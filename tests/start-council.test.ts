// `npm run start-council` turns a copy of the project into one council's empty site, which checks and
// builds; the site's settings are content (site.json), checked like any other file; a site with one
// council opens on it. Runs on a copy of tests/fixtures/other-councils, never on src/content.
import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../src/lib/base/ids.ts';
import { readSiteSettings } from '../src/lib/content/site-settings.ts';
import { parseContent } from '../src/lib/content/parse-content.ts';
import { openingCouncil, shownCrumbs, siteNavigation } from '../src/lib/views/register.ts';
import { ask } from '../scripts/questions.ts';
import { otherGraph, otherRoots } from './helpers.ts';
import { readSources } from '../scripts/read-content.ts';

const node = 'node_modules/.bin/node';
let work: string;
const folders = () => [
  '--content',
  join(work, 'content'),
  '--data',
  join(work, 'data'),
  '--public',
  join(work, 'public'),
];
const start = (args: string[]) =>
  spawnSync(node, ['scripts/start-council.ts', ...args, ...folders()], { encoding: 'utf8', stdio: 'pipe' });
const westshire = [
  '--name',
  'Westshire County Council',
  '--publisher',
  'Westshire County Council',
  '--colour',
  '#0b3d6b',
  '--contact',
  'comms@westshire.example',
  '--licence',
  'OGL',
];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'start-council-'));
  cpSync(otherRoots.content, join(work, 'content'), { recursive: true });
  cpSync(otherRoots.data, join(work, 'data'), { recursive: true });
  writeFileSync(join(work, 'logo.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run start-council', () => {
  it('run without a terminal, names what is missing and changes nothing', () => {
    const before = readdirSync(join(work, 'content'), { recursive: true }).length;
    const run = start(['--name', 'Westshire County Council']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'npm run start-council needs --publisher, --colour, --contact, --licence (run it in a terminal to be asked instead). Nothing was changed.',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(work, 'content'), { recursive: true }).length).toBe(before);
  });

  it("refuses a colour white text cannot be read on, in the check's own words", () => {
    const run = start(westshire.map((a) => (a === '#0b3d6b' ? '#ffee00' : a)));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('publisher.colour: "#ffee00" is too light for the header\'s white text');
    expect(existsSync(join(work, 'content/site.json'))).toBe(false);
  });

  it('replaces the example councils with one council and its settings, and the result checks clean', () => {
    const run = start([...westshire, '--logo', join(work, 'logo.png')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(join(work, 'content'), { recursive: true }).map(String).sort()).toEqual([
      'authorities',
      'authorities/westshire.json',
      'glossary',
      'glossary/terms.json',
      'site.json',
    ]);
    expect(readdirSync(join(work, 'data'), { recursive: true }).map(String).sort()).toEqual([
      'figures',
      'figures/.gitkeep',
    ]);
    const settings = JSON.parse(readFileSync(join(work, 'content/site.json'), 'utf8'));
    expect(settings.publisher).toEqual({ name: 'Westshire County Council', logo: '/logo.png', colour: '#0b3d6b' });
    expect(settings.contact).toEqual({ email: 'comms@westshire.example' });
    expect(settings.licence.name).toBe('Open Government Licence v3.0');
    expect(JSON.parse(readFileSync(join(work, 'content/authorities/westshire.json'), 'utf8'))).toMatchObject({
      name: 'Westshire County Council',
      shortName: 'Westshire',
    });
    // Only the glossary's general terms stay: none whose meaning came from the examples' documents.
    const terms = JSON.parse(readFileSync(join(work, 'content/glossary/terms.json'), 'utf8')).terms;
    expect(terms.filter((t: { meaningFrom?: string }) => t.meaningFrom === 'documents')).toEqual([]);
    expect(existsSync(join(work, 'public/logo.png'))).toBe(true);
    const check = spawnSync(
      node,
      ['scripts/check.ts', '--content', join(work, 'content'), '--data', join(work, 'data')],
      {
        encoding: 'utf8',
      },
    );
    expect(check.stdout).toContain('Content check passed: 3 files — 1 authorities, 0 inspections');
    expect(check.status).toBe(0);
  });

  it('refuses to start again over a council it already started, unless told to replace it', () => {
    const run = start(westshire);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('This copy is already the site of Westshire County Council');
    expect(run.stderr).toContain('--replace');
  });

  it('the empty site builds for production and opens on its council', () => {
    const build = spawnSync(node, ['scripts/build.ts', '--production', '--silent'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        SITE_URL: 'https://tracker.westshire.example',
        CONTENT_DIR: join(work, 'content'),
        DATA_DIR: join(work, 'data'),
        OUT_DIR: join(work, 'dist'),
        CACHE_DIR: join(work, 'cache'),
        SKIP_SEARCH_INDEX: '1',
      },
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const home = readFileSync(join(work, 'dist/index.html'), 'utf8');
    expect(home).toContain('<meta http-equiv="refresh" content="0; url=/westshire/">');
    expect(home).not.toContain('Councils under intervention');
    expect(home).toContain('<title>Westshire Improvement Tracker</title>');
    expect(home).toContain('html:root{--app-brand:#0b3d6b}');
    const council = readFileSync(join(work, 'dist/westshire/index.html'), 'utf8');
    expect(council).toContain('<h1>Westshire County Council</h1>');
    // Nothing dated yet: no "after no date", and no heading over an empty journey.
    expect(council).toContain('No deadline is set in the documents published here.');
    expect(council).not.toContain('after no date');
    expect(council).not.toContain('Improvement journey');
    const accessibility = readFileSync(join(work, 'dist/accessibility/index.html'), 'utf8');
    expect(accessibility).toContain('comms@westshire.example');
    // No "Councils" link back to the one council: the brand and the trail lead to the council itself.
    for (const page of [home, council, accessibility]) {
      expect(page).not.toContain('>Councils</a>');
      expect(page).toContain('<a href="/westshire/" class="app-header__brand">');
    }
    expect(accessibility).toMatch(
      /aria-label="Breadcrumb"[^]*?<ol>\s*<li>\s*<a href="\/westshire\/">Westshire County Council<\/a>/,
    );
    expect(council).not.toContain('aria-label="Breadcrumb"');
  }, 120_000);
});

describe('the site settings file (site.json) is content', () => {
  it('is checked by npm run check with the field and the fix', () => {
    const files = [
      ...readSources(otherRoots),
      {
        root: 'content' as const,
        path: 'site.json',
        text: '{ "publisher": { "name": "X", "logo": "logo.gif", "colour": "#1d4f91" }, "colour": 1 }',
      },
    ];
    const messages = parseContent(files, otherRoots).problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^colour: /),
      'publisher.logo: must be the path of an SVG or PNG file under public/, starting with "/", for example "/logo.svg" (found "logo.gif")',
    ]);
  });

  it('takes the defaults for what it does not say', () => {
    expect(readSiteSettings('{}', 'site.json').settings?.publisher.name).toBe('Improvement Tracker');
  });
});

describe('the home page of a site with one council', () => {
  it('opens on that council; two or more councils keep the register', () => {
    const graph = otherGraph();
    expect(graph.authorities.length).toBeGreaterThan(1);
    expect(openingCouncil(graph)).toBeUndefined();
    const one = { authorities: graph.authorities.slice(0, 1) };
    expect(openingCouncil(one)).toEqual({ name: one.authorities[0]!.data.name, href: `/${one.authorities[0]!.slug}/` });
  });
});

describe('the links home on a site with one council', () => {
  const graph = otherGraph();
  const one = { authorities: graph.authorities.slice(0, 1) };
  const only = { label: one.authorities[0]!.data.name, href: `/${one.authorities[0]!.slug}/` };
  const register = { label: 'Councils', href: '/' };

  it('the header lists the register only when there are councils to choose from', () => {
    expect(siteNavigation(graph).home).toBe('/');
    expect(siteNavigation(graph).links[0]).toEqual(register);
    expect(siteNavigation(one).home).toBe(only.href);
    expect(siteNavigation(one).links.map((l) => l.label)).toEqual(['Search', 'Glossary', 'Open data', 'Accessibility']);
  });

  it('a trail starts at the council, never at a register of one', () => {
    const plan = { label: 'Improvement plan', href: `${only.href}plans/p/` };
    expect(shownCrumbs([register, only, plan], graph, '/x/')).toEqual([register, only, plan]);
    expect(shownCrumbs([register, only, plan], one, '/x/')).toEqual([only, plan]);
    expect(shownCrumbs([register], one, '/search/')).toEqual([only]);
    expect(shownCrumbs([register], one, only.href)).toEqual([]);
  });
});

describe('npm run start-council in a terminal', () => {
  it('asks each question in turn, again when a required answer is empty, keeping answers typed ahead', async () => {
    const output = new PassThrough();
    let said = '';
    output.on('data', (chunk) => (said += chunk));
    const answers = await ask(
      [
        { key: 'name', text: 'Name', required: true },
        { key: 'publisher', text: 'Publisher', required: true },
        { key: 'logo', text: 'Logo', required: false },
      ],
      // Everything pasted at once, before the first question: nothing may be lost.
      Readable.from(['Westshire County Council\n\n  Westshire County Council \n\nleft over\n']),
      output,
    );
    expect(answers).toEqual({
      name: 'Westshire County Council',
      publisher: 'Westshire County Council',
      logo: '',
      complete: true,
    });
    expect(said).toBe('Name: Publisher: Publisher: Logo: ');
    const ended = await ask([{ key: 'name', text: 'Name', required: true }], Readable.from(['\n']), new PassThrough());
    expect(ended).toEqual({ complete: false });
  });

  it.runIf(process.platform === 'linux')(
    'starts the site from the answers typed in a terminal (a pseudo-terminal made by script(1))',
    () => {
      const here = mkdtempSync(join(tmpdir(), 'start-council-tty-'));
      try {
        cpSync(otherRoots.content, join(here, 'content'), { recursive: true });
        cpSync(otherRoots.data, join(here, 'data'), { recursive: true });
        const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
        const command = [
          node,
          'scripts/start-council.ts',
          '--content',
          join(here, 'content'),
          '--data',
          join(here, 'data'),
          '--public',
          join(here, 'public'),
        ]
          .map(quote)
          .join(' ');
        // The answers, typed ahead: name, publisher (empty first: asked again), colour, contact, licence, no logo.
        const typed = 'Northshire Council\n\nNorthshire Council\n#0b3d6b\ncomms@northshire.example\nOGL\n\n';
        const run = spawnSync('script', ['-qec', command, '/dev/null'], {
          input: typed,
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(run.stdout).toContain("The council's full name");
        expect(run.stdout.match(/Who publishes the site/g)).toHaveLength(2);
        expect(run.stdout).toContain('Started the site of Northshire Council');
        expect(run.status).toBe(0);
        const settings = JSON.parse(readFileSync(join(here, 'content/site.json'), 'utf8'));
        expect(settings.publisher).toEqual({ name: 'Northshire Council', logo: '/logo.svg', colour: '#0b3d6b' });
        expect(settings.contact).toEqual({ email: 'comms@northshire.example' });
        expect(existsSync(join(here, 'content/authorities/northshire.json'))).toBe(true);
      } finally {
        rmSync(here, { recursive: true, force: true });
      }
    },
    60_000,
  );
});

describe('a file name made from a title', () => {
  it('is cut between words, never inside one', () => {
    const title = 'Improvement board welcomes the appointment of a new independent chair for children';
    const slug = slugify(title);
    expect(slug).toBe('improvement-board-welcomes-the-appointment-of-a-new');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(title.toLowerCase().split(' ')).toEqual(expect.arrayContaining(slug.split('-')));
    expect(slugify('a'.repeat(70))).toBe('a'.repeat(60));
    expect(slugify('Ofsted monitoring visit, May 2020')).toBe('ofsted-monitoring-visit-may-2020');
  });
});
