// The Keystatic configuration saving where src/editor/storage.ts says, with, in local mode, the
// editor's link to its "Propose my changes" page. Part of the editor's page (browser code).
import type { Config } from '@keystatic/core';
import { createElement } from 'react';
import { proposalPage, type EditorStorage } from './storage.ts';

/**
 * The top of the editor's sidebar in local mode: its name, and under it the link to "Propose my
 * changes", always in sight. Keystatic shows a brand mark before the name, on one line that cuts the
 * name short, so the mark carries both, one above the other, and the name Keystatic shows is empty.
 */
function brandWithProposeLink(name: string) {
  return function BrandWithProposeLink() {
    return createElement(
      'span',
      { style: { display: 'flex', flexDirection: 'column', lineHeight: 1.3 } },
      createElement('span', { style: { fontWeight: 500 } }, name),
      createElement(
        'a',
        {
          href: proposalPage,
          // Keystatic's own accent colour, so the link reads in its light and dark themes alike.
          style: {
            fontWeight: 600,
            color: 'var(--kui-color-foreground-accent, #1d4ed8)',
            textDecoration: 'underline',
            whiteSpace: 'nowrap',
          },
        },
        'Propose my changes',
      ),
    );
  };
}

/** What withStorage changes of a Keystatic configuration (whatever its collections' types). */
interface Stored {
  storage: Config['storage'];
  ui?: { brand?: { name: string } };
}

/** `config` saving where `storage` says; in local mode, with the link to propose saved changes. */
export function withStorage<C extends Stored>(config: C, storage: EditorStorage): C {
  if (storage.kind === 'github') return { ...config, storage };
  const name = config.ui?.brand?.name ?? 'Editor';
  // A space: Keystatic shows "Keystatic" for an empty name.
  return { ...config, storage, ui: { ...config.ui, brand: { name: ' ', mark: brandWithProposeLink(name) } } };
}
