// What the editor's dev server must not watch. Vite watches the whole project, and Linux gives a
// process a limited number of file watches: a benchmark's generated sites (bench-out/, hundreds of
// thousands of files), a built site, or the tests' scratch sites used them all up, and from then on
// the server no longer saw an officer's saved file, so the preview showed the page as it was before
// the save (Vite logs "ENOSPC: System limit for number of file watchers reached"). None of these
// folders holds anything the editor or its preview reads.
export const editorWatchIgnored: readonly string[] = [
  '**/bench-out/**',
  '**/dist/**',
  '**/.scratch/**',
  '**/.*.staging/**',
  '**/.*.previous/**',
  '**/.astro/**',
];
