import { mkdirSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { bundledRoots } from '../bundled-roots.ts';
import { buildSite } from './build-site.ts';
import { serve } from './server.ts';
import { siteDir, siteWork } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the bundled fixture's site into the browser tests' own folder (one build for the whole
 * suite; never the live content or dist/), then serves it for the browser tests.
 */
export default async function setup(project: TestProject) {
  // A fresh clone has no .scratch/ yet: the build's lock file goes beside its output.
  mkdirSync(siteWork, { recursive: true });
  buildSite(siteWork, bundledRoots);
  const { url, server } = await serve(siteDir);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
