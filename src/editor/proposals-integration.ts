// The editor's storage and its "Propose my changes" page, for `npm run edit`: the virtual module
// "virtual:tracker-editor-storage" tells the Keystatic configuration (keystatic.config.ts) where to
// save (src/editor/storage.ts); in local mode the page /keystatic/propose is added beside Keystatic's.
import type { AstroIntegration } from 'astro';
import { proposalPage, type EditorStorage } from './storage.ts';

/** The storage module and, in local mode, the proposal page. */
export function proposals(storage: EditorStorage): AstroIntegration {
  const id = 'virtual:tracker-editor-storage';
  return {
    name: 'tracker-proposals',
    hooks: {
      'astro:config:setup': ({ updateConfig, injectRoute }) => {
        // A static address outranks Keystatic's /keystatic/[...params].
        if (storage.kind === 'local')
          injectRoute({ pattern: proposalPage, entrypoint: './src/editor/propose-route.ts', prerender: false });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tracker-editor-storage',
                resolveId: (source: string) => (source === id ? `\0${id}` : null),
                load: (resolved: string) =>
                  resolved === `\0${id}` ? `export default ${JSON.stringify(storage)};` : null,
              },
            ],
          },
        });
      },
    },
  };
}
