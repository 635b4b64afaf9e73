// The Keystatic configuration saving where src/editor/storage.ts says, with, in local mode, the
// editor's link to its "Propose my changes" page. Part of the editor's page (browser code).
import type { Config } from '@keystatic/core';
import { createElement } from 'react';
import { proposalPage, type EditorStorage } from './storage.ts';

/** The editor's link to "Propose my changes", shown beside its name at the top of the sidebar. */
function ProposeLink() {
  return createElement(
    'a',
    {
      href: proposalPage,
      // Keystatic's own theme colours, so the link reads in its light and dark themes alike.
      style: {
        font: 'inherit',
        fontWeight: 600,
        color: 'var(--kui-color-foreground-accent, #1d4ed8)',
        textDecoration: 'underline',
        whiteSpace: 'nowrap',
      },
    },
    'Propose my changes',
  );
}

/** What withStorage changes of a Keystatic configuration (whatever its collections' types). */
interface Stored {
  storage: Config['storage'];
  ui?: { brand?: { name: string } };
}

/** `config` saving where `storage` says; in local mode, with the link to propose saved changes. */
export function withStorage<C extends Stored>(config: C, storage: EditorStorage): C {
  if (storage.kind === 'github') return { ...config, storage };
  const brand = config.ui?.brand ?? { name: 'Editor' };
  return { ...config, storage, ui: { ...config.ui, brand: { ...brand, mark: ProposeLink } } };
}
