// The editor's storage and its "Propose my changes" page, for `npm run edit`: the virtual module
// "virtual:tracker-editor-storage" tells the Keystatic configuration (keystatic.config.ts) where to
// save (src/editor/storage.ts); in local mode the page /keystatic/propose is added beside Keystatic's.
import type { AstroIntegration } from 'astro';
import { proposalPage, type EditorStorage } from './storage.ts';
import { virtualJson } from './virtual-json.ts';

/** The storage module and, in local mode, the proposal page. */
export function proposals(storage: EditorStorage): AstroIntegration {
  return {
    name: 'tracker-proposals',
    hooks: {
      'astro:config:setup': ({ updateConfig, injectRoute }) => {
        // A static address outranks Keystatic's /keystatic/[...params].
        if (storage.kind === 'local')
          injectRoute({ pattern: proposalPage, entrypoint: './src/editor/propose-route.ts', prerender: false });
        updateConfig({
          vite: {
            plugins: [virtualJson('tracker-editor-storage', 'virtual:tracker-editor-storage', () => storage)],
          },
        });
      },
    },
  };
}
