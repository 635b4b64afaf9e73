// The one module that reads the environment; the default folders it falls back on are named in
// src/lib/content/content-paths.ts.
// Every command (scripts/), the Astro configuration and the site's own code ask here; nothing else
// reads process.env (tests may set it for the processes they start). See "Settings" in docs/development.md.
import { isProductionBuild, localAddress } from './publishing/site-address.ts';
import { defaultFolders } from './content/content-paths.ts';

// The default folders are the content layer's, where every reader of content finds them.
export { defaultFolders };

/** Everything the environment can set, read and defaulted. */
export interface Settings {
  /** SITE_URL: the public address of the site; undefined when not set. */
  siteUrl: string | undefined;
  /** The address links are made with: SITE_URL, else http://localhost:4321. */
  siteAddress: string;
  /** CONTENT_DIR: the documents folder. */
  contentDir: string;
  /** DATA_DIR: the published figures folder. */
  dataDir: string;
  /** OUT_DIR: where the site is built. */
  outDir: string;
  /** CACHE_DIR: Astro's content cache, when set (else a folder under node_modules/.astro per schema version). */
  cacheDir: string | undefined;
  /** A build for publishing: `--production`, PRODUCTION=1, or a host's production build (Netlify CONTEXT, VERCEL_ENV). */
  production: boolean;
  /** TRACKER_EDITOR=1: running under `npm run edit` (the editor and its preview). */
  editing: boolean;
  /** BUILD_TIME: the time the build is made at, for embargoes (ISO 8601); undefined for the clock. */
  buildTime: string | undefined;
  /** SKIP_SEARCH_INDEX=1: build without the search index (fixture builds in tests). */
  skipSearchIndex: boolean;
  /** SEARCH_INDEX_REPORT: a file the search indexer writes its page count and time to (the benchmark). */
  searchIndexReport: string | undefined;
  /** SYNTHETIC=1: the site is built from the benchmark's synthetic content, and says so. */
  synthetic: boolean;
  /** PORT: the editor's port. */
  port: number | undefined;
  /** CHROMIUM_PATH: the Chromium the browser tests drive, when set. */
  chromiumPath: string | undefined;
  /** PUBLIC_REPOSITORY=true: the content's repository can be read by anyone (CI sets it from the host's own record). */
  publicRepository: boolean;
  /** CI: running in continuous integration (any value), where `npm run build` keeps no compiled-code cache, as Astro does. */
  ci: boolean;
  /** KEYSTATIC_GITHUB_REPO ("owner/name"): the editor saves to that GitHub repository (Keystatic's GitHub mode) instead of this copy's files. */
  keystaticGithubRepo: string | undefined;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** The settings of this process: from `env` (the process's environment) and `argv` (for `--production`). */
export function settings(env: Environment = process.env, argv: readonly string[] = process.argv): Settings {
  const set = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  return {
    // An empty SITE_URL (a CI variable that was never set) is no address at all.
    siteUrl: set('SITE_URL'),
    siteAddress: set('SITE_URL') ?? localAddress,
    contentDir: env.CONTENT_DIR ?? defaultFolders.content,
    dataDir: env.DATA_DIR ?? defaultFolders.data,
    outDir: env.OUT_DIR ?? defaultFolders.out,
    cacheDir: env.CACHE_DIR,
    production: isProductionBuild(argv, env),
    editing: env.TRACKER_EDITOR === '1',
    buildTime: env.BUILD_TIME,
    skipSearchIndex: env.SKIP_SEARCH_INDEX === '1',
    searchIndexReport: set('SEARCH_INDEX_REPORT'),
    synthetic: env.SYNTHETIC === '1',
    port: set('PORT') ? Number(env.PORT) : undefined,
    chromiumPath: set('CHROMIUM_PATH'),
    publicRepository: env.PUBLIC_REPOSITORY === 'true' || env.PUBLIC_REPOSITORY === '1',
    ci: Boolean(env.CI),
    keystaticGithubRepo: set('KEYSTATIC_GITHUB_REPO'),
  };
}

/** The content and data folders of this process: CONTENT_DIR and DATA_DIR, else the defaults. */
export function contentRoots(env: Environment = process.env): { content: string; data: string } {
  const { contentDir, dataDir } = settings(env);
  return { content: contentDir, data: dataDir };
}

/** This process's environment with some variables set, for a command it starts (a build, the editor). */
export function environmentWith(overrides: Environment, env: Environment = process.env): NodeJS.ProcessEnv {
  return { ...env, ...overrides };
}
