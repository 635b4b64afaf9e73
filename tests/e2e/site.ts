import { join } from 'node:path';

/**
 * The browser tests' own site: the bundled fixture (tests/fixtures/bundled) built once per run by
 * global-setup.ts into this folder, never dist/, so a council that replaces src/content keeps these
 * tests green. The content cache beside it is kept between runs, so a rebuild is quick.
 */
export const siteWork = '.scratch/e2e-site';
/** The built site the browser tests serve and read. */
export const siteDir = join(siteWork, 'dist');
