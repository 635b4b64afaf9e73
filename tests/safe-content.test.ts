// Issue 10's probes of content and commands, as a careless or hostile author would try them:
// each is refused with the file, the place, the value and the fix, or accepted exactly.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../scripts/read-content.ts';
import { writeAllOrNothing, WriteRefused } from '../src/lib/content/atomic-write.ts';
import { checkBody } from '../src/lib/content/body.ts';
import { idProblem } from '../src/lib/base/ids.ts';
import { defaultRoots, parseContent, type SourceFile } from '../src/lib/content/parse-content.ts';
import { isProductionBuild, siteAddressProblem } from '../src/lib/publishing/site-address.ts';
import { bundledFiles, bundledRoots, messagesOf, OUTLINE, withJson } from './helpers.ts';

const STATEMENT = 'statements/torbay/pr5220-2016-01-05.mdx';
const PLAN = 'plans/torbay/improvement-plan.json';
const ACTION_113 =
  'src/content/plan-versions/torbay/improvement-plan/v1.json: themes[0] (theme 1).objectives[0] (objective 1.1).actions[2] (action 1.1.3)';

/** The bundled files with one file's text changed. */
const withText = (
  path: string,
  edit: (text: string) => string,
  files: readonly SourceFile[] = bundledFiles,
): SourceFile[] => files.map((f) => (f.path === path ? { ...f, text: edit(f.text) } : f));
/** The bundled files plus one more. */
const withFile = (path: string, text: string, root: SourceFile['root'] = 'content'): SourceFile[] => [
  ...bundledFiles,
  { root, path, text },
];
const planJson = readFileSync(join(bundledRoots.content, PLAN), 'utf8');

describe('unknown fields are refused with a "did you mean", never dropped', () => {
  it.each([
    [
      'evidnce in an action',
      OUTLINE,
      (d: any) => {
        d.themes[0].objectives[0].actions[2].evidnce = ['Done.'];
      },
      `${ACTION_113}.evidnce: "evidnce" is not a field here: did you mean "evidence"?`,
    ],
    [
      'titel in a plan',
      PLAN,
      (d: any) => {
        d.titel = 'Plan';
      },
      'src/content/plans/torbay/improvement-plan.json: titel: "titel" is not a field here: did you mean "title"?',
    ],
    [
      'heading in an inspection',
      'inspections/torbay/ofsted-2018.json',
      (d: any) => {
        d.heading = 'x';
      },
      'src/content/inspections/torbay/ofsted-2018.json: heading: "heading" is not a field here (a field the site does not know would be left out without a word): the fields here are "title", "inspectorate",',
    ],
  ])('%s', (_, path, edit, message) => {
    const messages = messagesOf(withJson(path, edit));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it("keyaction in a statement's frontmatter", () => {
    const messages = messagesOf(withText(STATEMENT, (t) => t.replace('keyActions:', 'keyaction:')));
    expect(messages).toEqual([
      expect.stringContaining(
        `src/content/${STATEMENT}: keyaction: "keyaction" is not a field here: did you mean "keyActions"?`,
      ),
    ]);
  });
});

describe('bytes and syntax that would silently change the text are refused', () => {
  it('a key written twice in a JSON object (JSON.parse would keep the last)', () => {
    const files = withText(PLAN, (t) => t.replace('"title":', '"title": "First title",\n  "title":'));
    expect(messagesOf(files)).toEqual([
      `src/content/${PLAN}: line 3: the field "title" appears twice in the same object (first on line 2); only one would be kept and the other lost. Keep one and delete or merge the other`,
    ]);
  });

  it('a byte-order mark', () => {
    expect(messagesOf(withText(PLAN, (t) => `\uFEFF${t}`))).toEqual([
      `src/content/${PLAN}: starts with an invisible byte-order mark (BOM), which some editors add: save the file as "UTF-8" (not "UTF-8 with BOM")`,
    ]);
  });

  it('a file that is not UTF-8 is named as Windows-1252, with its line, never published as "�"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bytes-'));
    try {
      mkdirSync(join(dir, 'plans/torbay'), { recursive: true });
      writeFileSync(
        join(dir, 'plans/torbay/improvement-plan.json'),
        Buffer.from(planJson.replace('"title": "', '"title": "Caf\u00e9 ').replace('é', '\u00e9'), 'latin1'),
      );
      const files = readSources({ content: dir, data: join(dir, 'none') });
      const { problems } = parseContent(files, defaultRoots);
      expect(problems.map((p) => p.message)).toEqual([
        'is not saved as UTF-8: line 2 has the byte 0xE9 (it looks like Windows-1252, where that byte is "é"), which would be published as "�". Open the file in your editor and save it with the encoding "UTF-8"',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an invisible control character', () => {
    expect(messagesOf(withText(PLAN, (t) => t.replace('Torbay', 'Tor\u0007bay')))).toEqual([
      `src/content/${PLAN}: line 2 contains an invisible character (U+0007): delete it and retype the text around it`,
    ]);
  });

  it('an unquoted colon in YAML, with the line and how to quote it', () => {
    const messages = messagesOf(
      withText(STATEMENT, (t) => t.replace('reference: "PR5220"', 'reference: PR5220: joint statement')),
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^src\/content\/statements\/torbay\/pr5220-2016-01-05\.mdx: frontmatter: line 3 cannot be read: .*put the whole value in double quotes, e\.g\. title: "Ofsted: the report"/,
      ),
    ]);
  });

  it('an unquoted YAML date is read exactly as written, as if quoted', () => {
    const files = withText(STATEMENT, (t) => t.replace('date: "2016-01-05"', 'date: 2016-01-05'));
    expect(messagesOf(files)).toEqual([]);
    expect(parseContent(files).content.statements[0]!.data.date).toBe('2016-01-05');
  });

  it("a number where text belongs says to quote it, in the field's own words", () => {
    const messages = messagesOf(withText(STATEMENT, (t) => t.replace('reference: "PR5220"', 'reference: 5220')));
    expect(messages).toEqual([
      `src/content/${STATEMENT}: reference: Press office reference: must be text in double quotes, not the number 5220: write "5220"; leave the field out where the source does not say`,
    ]);
  });
});

describe("zod's default messages are replaced by what the field is and what to write", () => {
  it('a missing required field', () => {
    expect(
      messagesOf(
        withJson(PLAN, (d) => {
          delete d.title;
        }),
      ),
    ).toEqual([
      `src/content/${PLAN}: title: is missing. It is required (The plan's title): write text in double quotes, e.g. "…". The site cannot publish this document without it`,
    ]);
  });
  it('an empty text', () => {
    expect(
      messagesOf(
        withJson(PLAN, (d) => {
          d.owner = '';
        }),
      ),
    ).toEqual([
      `src/content/${PLAN}: owner: Who owns the plan: is empty: write the text; leave the field out where the source does not say (found "")`,
    ]);
  });
  it('a rating that is not null or text, saying how to say "not yet rated"', () => {
    expect(
      messagesOf(
        withJson(OUTLINE, (d) => {
          d.themes[0].objectives[0].actions[2].rag = 3;
        }),
      ),
    ).toEqual([
      `${ACTION_113}.rag: Rating from the version's scale, or null when not yet rated: must be text in double quotes, not the number 3: write "3"; write null where the source does not say`,
    ]);
  });
});

describe('bodies', () => {
  it('keep "{", "}" and "<" as text and refuse code and markup with the line', () => {
    expect(checkBody('Children aged <16 are seen {monthly}; {review}.')).toEqual([]);
    expect(
      checkBody('Text.\n\nexport const x = 1\n\n<meta http-equiv="refresh" content="0;url=https://example.com/">').map(
        (p) => p.line,
      ),
    ).toEqual([3, 5]);
  });
  it('report the line in the file, not in the body', () => {
    const messages = messagesOf(withText(STATEMENT, (t) => `${t}\n<iframe src="https://example.com/"></iframe>\n`));
    const lines = readFileSync(join(bundledRoots.content, STATEMENT), 'utf8').split('\n').length + 1;
    expect(messages).toEqual([
      expect.stringContaining(`src/content/${STATEMENT}: line ${lines}: the HTML tag "<iframe>" is not allowed`),
    ]);
  });
});

describe('ids and file names follow one rule', () => {
  it.each([
    [
      'a space',
      'plans/torbay/improvement plan.json',
      'is not a valid id: use only lower-case letters, digits and hyphens, starting and ending with a letter or digit, e.g. "improvement-plan"',
    ],
    ['capitals', 'plans/torbay/Improvement-Plan.json', 'e.g. "improvement-plan"'],
    ['two dots', 'plans/torbay/a..b.json', 'is not a valid id'],
    ['a #', 'plans/torbay/plan#2.json', 'is not a valid id'],
    ['a ?', 'plans/torbay/plan?.json', 'is not a valid id'],
    ['an emoji', 'plans/torbay/plan-\u{1F600}.json', 'is not a valid id'],
    ['a Windows device name', 'plans/torbay/con.json', 'is a name Windows reserves for devices'],
    ['another Windows device name', 'plans/torbay/aux.json', 'is a name Windows reserves for devices'],
  ])('refuses a file name with %s', (_, path, message) => {
    const messages = messagesOf(withFile(path, planJson));
    expect(messages.join('\n')).toContain(message);
    expect(messages.join('\n')).toContain('The name becomes the web address, so rename the file');
  });

  it.each(['search', 'data', 'pagefind', 'glossary', 'accessibility', '404'])(
    'refuses an authority called "%s", whose address the site already uses',
    (name) => {
      const messages = messagesOf(withFile(`authorities/${name}.json`, '{ "name": "X Council", "shortName": "X" }'));
      expect(messages).toContain(
        `src/content/authorities/${name}.json: the authority's file name "${name}" is an address the site already uses (/${name}/), so this authority would have no page: choose another, e.g. "${name}-council". The name becomes the web address, so rename the file`,
      );
    },
  );

  it('refuses Torbay.json beside torbay.json', () => {
    const messages = messagesOf(
      withFile('authorities/Torbay.json', readFileSync(join(bundledRoots.content, 'authorities/torbay.json'), 'utf8')),
    );
    expect(messages.join('\n')).toMatch(
      /src\/content\/authorities\/[Tt]orbay\.json: has the same name as src\/content\/authorities\/[Tt]orbay\.json apart from capital letters/,
    );
    expect(messages.join('\n')).toContain(
      `src/content/authorities/Torbay.json: the authority's file name "Torbay" is not a valid id`,
    );
  });

  it('keeps the dots of plan version ids, and refuses a leading dot', () => {
    expect(idProblem('v2.1', 'version')).toBeUndefined();
    expect(idProblem('..', 'version')).toContain('is not a valid id');
    expect(idProblem('v2.1', 'document')).toContain('is not a valid id');
  });
});

describe('hidden files, symbolic links and commands that would write elsewhere', () => {
  let dir: string;
  const content = () => join(dir, 'content');
  const run = (script: string, args: string[]) => {
    try {
      return {
        status: 0,
        out: execFileSync(
          'node_modules/.bin/node',
          [`scripts/${script}.ts`, ...args, '--content', content(), '--data', join(dir, 'data')],
          { encoding: 'utf8', stdio: 'pipe' },
        ),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { status: e.status, out: `${e.stdout}${e.stderr}` };
    }
  };
  const listing = () => readdirSync(dir, { recursive: true }).map(String).sort();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ids-'));
    cpSync(bundledRoots.content, content(), { recursive: true });
    cpSync(bundledRoots.data, join(dir, 'data'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a symbolic link and a dot-file instead of skipping or publishing them', () => {
    const link = join(content(), 'plans/torbay/linked.json');
    const hidden = join(content(), 'plans/torbay/.v2.json.1234.tmp');
    symlinkSync(join(content(), 'plans/torbay/improvement-plan.json'), link);
    writeFileSync(hidden, '{}');
    try {
      const checked = run('check', []);
      expect(checked.status).toBe(1);
      expect(checked.out).toContain(
        'plans/torbay/linked.json: is a symbolic link (a shortcut to another file or folder), which is never published or checked: copy the real file here instead',
      );
      expect(checked.out).toContain(
        'plans/torbay/.v2.json.1234.tmp: is a hidden file (its name starts with a dot), so it would never be published: rename it without the dot, or delete it. It looks like a temporary file left by an import or command that was interrupted',
      );
    } finally {
      rmSync(link);
      rmSync(hidden);
    }
  });

  it.each([
    [
      'a date that climbs out of the folder',
      ['statement', 'torbay', 'Escape', '--date', '../../x'],
      '--date "../../x" is not a date',
    ],
    [
      'an authority that climbs out of the folder',
      ['statement', '../..', 'Escape', '--date', '2019-01-01'],
      'No authority "../.."',
    ],
    ['a plan that is a prefix of a real one', ['plan-version', 'torbay'], 'No plan "torbay"'],
    [
      'a title with nothing to name the file by',
      ['statement', 'torbay', '\u{1F600}\u{1F600}', '--date', '2019-01-01'],
      'has no letters or digits to name the file by',
    ],
  ])('npm run new refuses %s and writes nothing', (_, args, message) => {
    const before = listing();
    const result = run('new', args);
    expect(result.status).toBe(1);
    expect(result.out).toContain(message);
    expect(result.out).not.toMatch(/\n\s+at /);
    expect(listing()).toEqual(before);
  });

  it.each([
    ['..', '--version ".." is not a valid id'],
    ['../../../x', '--version "../../../x" is not a valid id'],
    ['.v2', '--version ".v2" is not a valid id'],
    ['V2', '--version "V2" is not a valid id'],
  ])('npm run import refuses --version %s and writes nothing', (version, message) => {
    const before = listing();
    const result = run('import', ['nothing.csv', '--plan', 'torbay/improvement-plan', '--version', version]);
    expect(result.status).toBe(1);
    expect(result.out).toContain(message);
    expect(listing()).toEqual(before);
  });
});

describe('writing two files is all or nothing', () => {
  it('leaves neither file when the second cannot be put in place, and refuses to overwrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    try {
      const files = [
        { path: join(dir, 'v2.mdx'), text: 'a' },
        { path: join(dir, 'v2.json'), text: 'b' },
      ];
      let renames = 0;
      const failing = (from: string, to: string) => {
        if (++renames === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        execFileSync('mv', [from, to]);
      };
      expect(() => writeAllOrNothing(files, failing)).toThrow(
        /could not write .*v2\.mdx and .*v2\.json \(ENOSPC\): nothing was written/,
      );
      expect(readdirSync(dir)).toEqual([]);
      writeAllOrNothing(files);
      expect(readdirSync(dir).sort()).toEqual(['v2.json', 'v2.mdx']);
      expect(() => writeAllOrNothing(files)).toThrow(WriteRefused);
      expect(readFileSync(join(dir, 'v2.json'), 'utf8')).toBe('b');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the site's address", () => {
  it('is required, and must be public https, only for a production build', () => {
    expect(isProductionBuild(['--production'], {})).toBe(true);
    expect(isProductionBuild([], { CONTEXT: 'production' })).toBe(true);
    expect(isProductionBuild([], { CI: 'true' })).toBe(false);
    expect(siteAddressProblem(undefined, false)).toBeUndefined();
    expect(siteAddressProblem(undefined, true)).toContain(
      "the site's address is not set, so canonical links, the sitemap and the feeds would point at http://localhost:4321. Set it where you build: SITE_URL=https://tracker.example.gov.uk npm run build -- --production",
    );
    expect(siteAddressProblem('http://localhost:4321', true)).toContain('is not a public https:// address');
    expect(siteAddressProblem('https://tracker.example.gov.uk', true)).toBeUndefined();
  });

  it('stops npm run build -- --production before anything is built', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: join(tmpdir(), `never-built-${process.pid}`) };
    delete env.SITE_URL;
    let out = '';
    try {
      execFileSync('node_modules/.bin/node', ['scripts/build.ts', '--production'], {
        env,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      out = (error as { stderr: string }).stderr;
    }
    expect(out).toContain("This is a production build, but the site's address is not set");
    expect(existsSync(env.OUT_DIR!)).toBe(false);
  });
});

describe('every field is described, so every message can say what it is', () => {
  it("each field of each collection's schema has a .describe() text", async () => {
    const { collections } = await import('../src/lib/content/collections.ts');
    const { unwrap } = await import('../src/lib/content/strict.ts');
    const missing: string[] = [];
    const walk = (schema: Parameters<typeof unwrap>[0], path: string) => {
      const def = (
        unwrap(schema).schema as unknown as {
          _zod: { def: { type: string; shape?: Record<string, typeof schema>; element?: typeof schema } };
        }
      )._zod.def;
      if (def.type === 'object') {
        for (const [key, field] of Object.entries(def.shape ?? {})) {
          if (!unwrap(field).description) missing.push(`${path}.${key}`);
          walk(field, `${path}.${key}`);
        }
      }
      if (def.type === 'array' && def.element) walk(def.element, `${path}[]`);
    };
    for (const [name, spec] of Object.entries(collections)) walk(spec.schema, name);
    expect(missing).toEqual([]);
  });
});
