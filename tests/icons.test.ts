// The icons integration (src/integrations/icons.ts) gives astro-icon's <Icon> component the icons it
// draws, without loading astro-icon's local-folder importer.
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { icons } from '../src/integrations/icons.ts';

type Plugin = { resolveId: (s: string) => string | null; load: (id: string) => Promise<string> | null };

function pluginOf(integration: AstroIntegration): { plugin: Plugin; ssr: unknown } {
  let config: { vite: { plugins: Plugin[]; ssr: unknown } } | undefined;
  const setup = integration.hooks['astro:config:setup'] as unknown as (o: {
    updateConfig: (c: unknown) => void;
  }) => void;
  setup({ updateConfig: (c) => (config = c as typeof config) });
  return { plugin: config!.vite.plugins[0]!, ssr: config!.vite.ssr };
}

describe('icons', () => {
  it("writes astro-icon's virtual module with only the named icons of each set", async () => {
    const { plugin, ssr } = pluginOf(icons({ mdi: ['alert-circle', 'magnify'] }));
    expect(plugin.resolveId('virtual:astro-icon')).toBe('\0virtual:astro-icon');
    expect(plugin.resolveId('other')).toBeNull();
    expect(plugin.load('other')).toBeNull();
    const code = await plugin.load('\0virtual:astro-icon')!;
    const sets = JSON.parse(/^export default (.*);$/m.exec(code)![1]!) as Record<
      string,
      { prefix: string; icons: Record<string, { body: string }> }
    >;
    expect(Object.keys(sets)).toEqual(['mdi']);
    expect(sets.mdi!.prefix).toBe('mdi');
    expect(Object.keys(sets.mdi!.icons).sort()).toEqual(['alert-circle', 'magnify']);
    expect(sets.mdi!.icons.magnify!.body).toMatch(/^<path /);
    expect(code).toContain('export const config = {"include":{"mdi":["alert-circle","magnify"]}}');
    expect(ssr).toEqual({ external: ['@iconify-json/*'] });
  });

  it('stops the build on an icon the set does not have, or a set not installed', async () => {
    await expect(
      pluginOf(icons({ mdi: ['magnify', 'no-such-icon'] })).plugin.load('\0virtual:astro-icon'),
    ).rejects.toThrow('The icon set "mdi" has no icon named "no-such-icon".');
    await expect(pluginOf(icons({ nosuchset: ['x'] })).plugin.load('\0virtual:astro-icon')).rejects.toThrow(
      'The icon set "nosuchset" is not installed: npm install @iconify-json/nosuchset',
    );
  });
});
