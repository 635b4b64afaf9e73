// The editor (`npm run edit` only): Keystatic in local mode under `astro dev`. Never loaded by
// `npm run build`, so the public site carries no editor route or script. It tells the Keystatic
// configuration (keystatic.config.tsx) where the content is and which documents exist, through
// the virtual module "virtual:tracker-editor".
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';
import { editorContent, relativeRoot } from '../editor/editor-content.ts';
import { contentRoots } from '../lib/settings.ts';

/** Keystatic, React and the content description, for `npm run edit`. */
export function editor(): AstroIntegration[] {
  const { content, data } = contentRoots();
  const roots = { content: relativeRoot(content, 'CONTENT_DIR'), data: relativeRoot(data, 'DATA_DIR') };
  const description = editorContent(roots);
  const id = 'virtual:tracker-editor';
  return [
    react(),
    keystatic(),
    {
      name: 'tracker-editor',
      hooks: {
        'astro:config:setup': ({ updateConfig }) => {
          updateConfig({
            vite: {
              plugins: [
                {
                  name: 'tracker-editor',
                  resolveId: (source: string) => (source === id ? `\0${id}` : null),
                  load: (resolved: string) =>
                    resolved === `\0${id}` ? `export default ${JSON.stringify(description)};` : null,
                  // Keystatic's interface links a web font from Google; the editor asks no other host
                  // for anything, so its pages forbid outside stylesheets and fonts.
                  configureServer(server: {
                    middlewares: {
                      use: (
                        fn: (
                          req: { url?: string },
                          res: { setHeader: (k: string, v: string) => void },
                          next: () => void,
                        ) => void,
                      ) => void;
                    };
                  }) {
                    server.middlewares.use((req, res, next) => {
                      if (req.url?.startsWith('/keystatic'))
                        res.setHeader(
                          'Content-Security-Policy',
                          "style-src-elem 'self' 'unsafe-inline'; font-src 'self' data:",
                        );
                      next();
                    });
                  },
                },
              ],
            },
          });
        },
      },
    },
  ];
}
