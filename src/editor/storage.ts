// Where the editor saves: this copy's files (Keystatic's local mode, `npm run edit`), or a GitHub
// repository (Keystatic's GitHub mode), chosen by KEYSTATIC_GITHUB_REPO. In local mode the editor
// links to its "Propose my changes" page (src/editor/propose-route.ts), which turns saved files into a
// branch for review; in GitHub mode every save is already on a branch of the council's repository,
// and Keystatic's own branch menu opens the pull request. Runs in the browser too (the
// configuration is part of the editor's page): no Node modules here. The configuration takes it in
// src/editor/with-storage.ts.

/** The editor's storage, as Keystatic takes it. */
export type EditorStorage =
  | { kind: 'local' }
  | {
      kind: 'github';
      repo: `${string}/${string}`;
      /** Branches the editor makes start so, as the local editor's proposals do: proposal/…. */
      branchPrefix: string;
    };

/** The address of the page that proposes an officer's saved changes (local mode). */
export const proposalPage = '/keystatic/propose';

/** GitHub's rules for an owner (account or organisation) and a repository name. */
const githubRepo = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9._-]{1,100}$/;

/** The storage KEYSTATIC_GITHUB_REPO asks for ("owner/name": GitHub mode; unset: local), or why it cannot be used. */
export function editorStorage(repository: string | undefined): { storage: EditorStorage } | { problem: string } {
  if (repository === undefined || repository.trim() === '') return { storage: { kind: 'local' } };
  const repo = repository.trim();
  if (!githubRepo.test(repo) || repo.endsWith('.git'))
    return {
      problem: `KEYSTATIC_GITHUB_REPO is "${repository}": write the GitHub repository as owner/name, e.g. westshire-council/improvement-tracker (no https://github.com/, no .git). Leave it unset to edit this copy's files.`,
    };
  return { storage: { kind: 'github', repo: repo as `${string}/${string}`, branchPrefix: 'proposal/' } };
}
