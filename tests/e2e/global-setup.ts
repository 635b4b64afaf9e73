import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the site if `dist/` is missing (CI builds first), then serves it for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) execSync('npm run build', { stdio: 'inherit' });
  const { url, server } = await serve('dist');
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
