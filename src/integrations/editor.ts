// The editor (`npm run edit` only): Keystatic in local mode under `astro dev`. Never loaded by
// `npm run build`, so the public site carries no editor route or script. It tells the Keystatic
// configuration (keystatic.config.tsx) where the content is and which documents exist, through
// the virtual module "virtual:tracker-editor".
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';
import { editorContent, relativeRoot } from '../editor/editor-content.ts';
import { contentRoots, settings } from '../lib/settings.ts';
import { proposals } from '../editor/proposals-integration.ts';
import { editorStorage } from '../editor/storage.ts';
import { virtualJson } from '../editor/virtual-json.ts';

/** Keystatic, React and the content description, for `npm run edit`. */
export function editor(): AstroIntegration[] {
  const { content, data } = contentRoots();
  const roots = { content: relativeRoot(content, 'CONTENT_DIR'), data: relativeRoot(data, 'DATA_DIR') };
  let description = editorContent(roots);
  const id = 'virtual:tracker-editor';
  // `npm run edit` says what is wrong with KEYSTATIC_GITHUB_REPO before it starts the server.
  const chosen = editorStorage(settings().keystaticGithubRepo);
  if ('problem' in chosen) throw new Error(chosen.problem);
  return [
    react(),
    keystatic(),
    proposals(chosen.storage),
    {
      name: 'tracker-editor',
      hooks: {
        'astro:config:setup': ({ updateConfig, injectRoute }) => {
          // Saves go through the editor's own route first (quiet, checked: src/editor/save-route.ts);
          // a static segment outranks Keystatic's /api/keystatic/[...params].
          injectRoute({ pattern: '/api/keystatic/update', entrypoint: './src/editor/save-route.ts', prerender: false });
          // Starting a plan's next version, and where a version stands (src/editor/version-route.ts).
          injectRoute({
            pattern: '/api/editor/plan-version',
            entrypoint: './src/editor/version-route.ts',
            prerender: false,
          });
          updateConfig({
            vite: {
              plugins: [
                {
                  ...virtualJson('tracker-editor', id, () => description),
                  configureServer(server: ViteDevServer) {
                    // A monitoring visit or a plan version added or removed changes the editor's
                    // choices and forms: the description is read again (at once when the editor itself
                    // started a version: src/editor/version-route.ts calls the hook below), and open
                    // editor pages reload a moment later, once Keystatic has moved on from the form
                    // that saved it, if anything changed.
                    const reread = () => {
                      const fresh = editorContent(roots);
                      if (JSON.stringify(fresh) === JSON.stringify(description)) return false;
                      description = fresh;
                      for (const environment of Object.values(server.environments ?? {})) {
                        const module = environment.moduleGraph.getModuleById(`\0${id}`);
                        if (module) environment.moduleGraph.invalidateModule(module);
                      }
                      return true;
                    };
                    (globalThis as Record<symbol, unknown>)[Symbol.for('improvement-tracker.editor.refresh')] = reread;
                    let timer: ReturnType<typeof setTimeout> | undefined;
                    const choicesChanged = (file: string) => {
                      if (!/\/(monitoring-visits|plan-versions)\//.test(file)) return;
                      clearTimeout(timer);
                      timer = setTimeout(() => {
                        if (reread()) send({ type: 'full-reload' });
                      }, 1500);
                    };
                    // The dev server reloads every open page when a content file changes: in the editor
                    // that throws away what an officer is typing in another form, so only the editor's
                    // own reload (new choices) goes through; the preview shows the change on reload.
                    const send = server.ws.send.bind(server.ws) as (payload: { type: string }) => void;
                    const quiet = (original: (...args: unknown[]) => void) =>
                      ((...args: unknown[]) => {
                        const payload = args[0] as { type?: string } | undefined;
                        if (payload?.type === 'full-reload') return;
                        original(...args);
                      }) as never;
                    server.ws.send = quiet(send as (...args: unknown[]) => void);
                    const client = server.environments?.client?.hot;
                    if (client && client !== server.ws)
                      client.send = quiet(client.send.bind(client) as (...args: unknown[]) => void);
                    server.watcher.on('add', choicesChanged);
                    server.watcher.on('unlink', choicesChanged);
                    // The preview reads content through Astro's data-store module, which Astro reloads
                    // when its loader has written the store. A page asked for while that happens can
                    // keep the old store (and its list of pages) until the next change: a new statement
                    // then stays "Page not found". So, once a change to the content has settled (the
                    // loader's moment, the store's half second), the module is reloaded once more.
                    let settled: ReturnType<typeof setTimeout> | undefined;
                    const contentChanged = (file: string) => {
                      const inContent = [roots.content, roots.data].some((root) =>
                        resolve(file).startsWith(`${resolve(root)}${sep}`),
                      );
                      if (!inContent) return;
                      clearTimeout(settled);
                      settled = setTimeout(() => reloadDataStore(server), 2_500);
                    };
                    for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, contentChanged);
                    // Keystatic's interface links a web font from Google; the editor asks no other host
                    // for anything, so its pages forbid outside stylesheets and fonts.
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

/**
 * Reloads Astro's data-store module in the server's environments and clears their page lists, as
 * Astro does when its store is written (astro/dist/content/vite-plugin-content-virtual-mod.js).
 */
function reloadDataStore(server: ViteDevServer) {
  const id = '\0astro:data-layer-content';
  for (const environment of Object.values(server.environments ?? {})) {
    if (environment.name === 'client') continue;
    const module = environment.moduleGraph.getModuleById(id);
    if (!module) continue;
    environment.moduleGraph.invalidateModule(module, undefined, Date.now(), true);
    if (isRunnableDevEnvironment(environment)) {
      const evaluated = environment.runner.evaluatedModules.getModuleById(id);
      if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
    }
    environment.hot.send('astro:content-changed', {});
  }
}
