import { execSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { contentRoots, defaultFolders, environmentWith, settings } from '../../src/lib/settings.ts';

describe('settings', () => {
  it('defaults every folder and flag when the environment sets nothing', () => {
    expect(settings({}, [])).toEqual({
      siteUrl: undefined,
      siteAddress: 'http://localhost:4321',
      contentDir: 'src/content',
      dataDir: 'data',
      outDir: 'dist',
      cacheDir: undefined,
      production: false,
      editing: false,
      buildTime: undefined,
      skipSearchIndex: false,
      searchIndexReport: undefined,
      synthetic: false,
      port: undefined,
      chromiumPath: undefined,
      ci: false,
      publicRepository: false,
      keystaticGithubRepo: undefined,
    });
    expect(contentRoots({})).toEqual({ content: defaultFolders.content, data: defaultFolders.data });
  });

  it('reads each variable', () => {
    const env = {
      SITE_URL: 'https://tracker.example.gov.uk',
      CONTENT_DIR: 'fixture/content',
      DATA_DIR: 'fixture/data',
      OUT_DIR: '/tmp/out',
      CACHE_DIR: '/tmp/cache',
      TRACKER_EDITOR: '1',
      BUILD_TIME: '2026-12-01T09:30:00Z',
      SKIP_SEARCH_INDEX: '1',
      SEARCH_INDEX_REPORT: '/tmp/report.json',
      SYNTHETIC: '1',
      PORT: '4400',
      CHROMIUM_PATH: '/usr/bin/chromium',
      CI: 'true',
      PUBLIC_REPOSITORY: 'true',
      KEYSTATIC_GITHUB_REPO: 'westshire/tracker',
    };
    expect(settings(env, [])).toEqual({
      siteUrl: 'https://tracker.example.gov.uk',
      siteAddress: 'https://tracker.example.gov.uk',
      contentDir: 'fixture/content',
      dataDir: 'fixture/data',
      outDir: '/tmp/out',
      cacheDir: '/tmp/cache',
      production: false,
      editing: true,
      buildTime: '2026-12-01T09:30:00Z',
      skipSearchIndex: true,
      searchIndexReport: '/tmp/report.json',
      synthetic: true,
      port: 4400,
      chromiumPath: '/usr/bin/chromium',
      ci: true,
      publicRepository: true,
      keystaticGithubRepo: 'westshire/tracker',
    });
    expect(contentRoots(env)).toEqual({ content: 'fixture/content', data: 'fixture/data' });
  });

  it('knows a production build by its flag or its host', () => {
    expect(settings({}, ['--production']).production).toBe(true);
    expect(settings({ PRODUCTION: '1' }, []).production).toBe(true);
    expect(settings({ CONTEXT: 'production' }, []).production).toBe(true);
    expect(settings({ VERCEL_ENV: 'production' }, []).production).toBe(true);
    expect(settings({ CONTEXT: 'deploy-preview', VERCEL_ENV: 'preview', PRODUCTION: '0' }, []).production).toBe(false);
  });

  it('treats an empty PORT, SEARCH_INDEX_REPORT or CHROMIUM_PATH as unset', () => {
    const s = settings({ PORT: '', SEARCH_INDEX_REPORT: '', CHROMIUM_PATH: '' }, []);
    expect([s.port, s.searchIndexReport, s.chromiumPath]).toEqual([undefined, undefined, undefined]);
  });

  it('passes the environment on to a command, with some variables set', () => {
    expect(environmentWith({ OUT_DIR: 'x' }, { PATH: '/bin', OUT_DIR: 'dist' })).toEqual({
      PATH: '/bin',
      OUT_DIR: 'x',
    });
  });

  it('is the only module outside the tests that reads process.env (the benchmark only writes peers that do)', () => {
    const readers = execSync(
      "git grep -l 'process\\.env' -- src scripts astro.config.mjs keystatic.config.ts ':!src/lib/settings.ts'",
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .sort();
    // The benchmark writes its peers' configurations, which read their own environment (text, not code
    // that runs here).
    expect(readers).toEqual(['src/lib/bench/bench-peers.ts']);
  });
});
