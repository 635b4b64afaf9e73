// Where the editor saves (src/editor/storage.ts, src/editor/with-storage.ts): this copy's files by
// default, with the link to "Propose my changes"; the GitHub repository KEYSTATIC_GITHUB_REPO names
// (Keystatic's GitHub mode, for an editor hosted apart from the public site) when it is set; a
// mistyped repository is said plainly before the editor starts.
import { spawnSync } from 'node:child_process';
import { isValidElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { editorConfig } from '../src/editor/config.ts';
import { editorContent } from '../src/editor/editor-content.ts';
import { editorStorage, proposalPage } from '../src/editor/storage.ts';
import { withStorage } from '../src/editor/with-storage.ts';
import { settings } from '../src/lib/settings.ts';
import { otherRoots } from './helpers.ts';

const content = editorContent(otherRoots);

/** The configuration the editor is given under `env`. */
function configFor(env: Record<string, string>) {
  const chosen = editorStorage(settings(env, []).keystaticGithubRepo);
  if ('problem' in chosen) throw new Error(chosen.problem);
  return withStorage(editorConfig(content), chosen.storage);
}

describe("the editor's storage", () => {
  it('saves to this copy (local mode), with the link to propose saved changes, when nothing is set', () => {
    const config = configFor({});
    expect(config.storage).toEqual({ kind: 'local' });
    // At the top of the sidebar: the editor's name, and under it the link.
    const Mark = config.ui!.brand!.mark!;
    const top = Mark({ colorScheme: 'light' }) as ReactElement<{ children: ReactElement<Record<string, unknown>>[] }>;
    expect(isValidElement(top)).toBe(true);
    const [name, link] = top.props.children;
    expect(name!.props.children).toBe(editorConfig(content).ui!.brand!.name);
    expect(link!.type).toBe('a');
    expect(link!.props).toMatchObject({ href: proposalPage, children: 'Propose my changes' });
    expect(Object.keys(config.collections!)).toEqual(Object.keys(editorConfig(content).collections!));
  });

  it("saves to the GitHub repository KEYSTATIC_GITHUB_REPO names (Keystatic's GitHub mode), branches named proposal/…", () => {
    const config = configFor({ KEYSTATIC_GITHUB_REPO: 'westshire-council/improvement-tracker' });
    expect(config.storage).toEqual({
      kind: 'github',
      repo: 'westshire-council/improvement-tracker',
      branchPrefix: 'proposal/',
    });
    // Keystatic's own branch menu proposes there: no link to the local page.
    expect(config.ui!.brand!.mark).toBeUndefined();
    expect(configFor({ KEYSTATIC_GITHUB_REPO: '' }).storage).toEqual({ kind: 'local' });
  });

  it.each([
    'https://github.com/westshire-council/improvement-tracker',
    'westshire-council/improvement-tracker.git',
    'improvement-tracker',
    'westshire council/tracker',
    '-westshire/tracker',
  ])('refuses %s in plain words', (repo) => {
    const chosen = editorStorage(repo);
    expect(chosen).toEqual({
      problem: `KEYSTATIC_GITHUB_REPO is "${repo}": write the GitHub repository as owner/name, e.g. westshire-council/improvement-tracker (no https://github.com/, no .git). Leave it unset to edit this copy's files.`,
    });
  });

  it('npm run edit stops before starting with that message, never a stack trace', () => {
    const run = spawnSync('node_modules/.bin/node', ['scripts/edit.ts'], {
      encoding: 'utf8',
      env: { ...process.env, KEYSTATIC_GITHUB_REPO: 'https://github.com/x/y' },
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'KEYSTATIC_GITHUB_REPO is "https://github.com/x/y": write the GitHub repository as owner/name, e.g. westshire-council/improvement-tracker (no https://github.com/, no .git). Leave it unset to edit this copy\'s files.',
    );
  });
});
