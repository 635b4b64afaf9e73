// The icons astro-icon's <Icon> component draws (astro-icon/components), without astro-icon's own
// integration: that integration also imports its reader for a folder of local SVG icons (@iconify/tools,
// with svgo, csso and css-tree: 0.15 s of CPU on every build) and looks for src/icons, which this site
// does not have. Here the component's virtual module is written from the installed Iconify sets only,
// with @iconify/utils (astro-icon's own loader for them), so the icons and the pages are the same bytes.
import { getIcons } from '@iconify/utils';
import { loadCollectionFromFS } from '@iconify/utils/lib/loader/fs';
import type { AstroIntegration } from 'astro';

/** Icon names to include, by Iconify set: `{ mdi: ['alert-circle'] }` (an @iconify-json/<set> package each). */
export type IconSets = Record<string, string[]>;

/** The integration: `virtual:astro-icon` holding the named icons of each set and the sets asked for. */
export function icons(include: IconSets): AstroIntegration {
  const id = 'virtual:astro-icon';
  const load = async () => {
    const sets: Record<string, unknown> = {};
    for (const [name, wanted] of Object.entries(include)) {
      const set = await loadCollectionFromFS(name);
      if (!set) throw new Error(`The icon set "${name}" is not installed: npm install @iconify-json/${name}`);
      const chosen = getIcons(set, wanted);
      const missing = wanted.filter((icon) => !chosen?.icons[icon] && !chosen?.aliases?.[icon]);
      if (!chosen || missing.length > 0)
        throw new Error(`The icon set "${name}" has no icon named ${missing.map((m) => `"${m}"`).join(', ')}.`);
      sets[name] = chosen;
    }
    return `export default ${JSON.stringify(sets)};\nexport const config = ${JSON.stringify({ include })}`;
  };
  return {
    name: 'improvement-tracker:icons',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'improvement-tracker:icons',
                resolveId: (source: string) => (source === id ? `\0${id}` : null),
                load: (resolved: string) => (resolved === `\0${id}` ? load() : null),
              },
            ],
            // As astro-icon does for a static site: the sets are read at build time, never bundled.
            ssr: { external: ['@iconify-json/*'] },
          },
        });
      },
    },
  };
}
