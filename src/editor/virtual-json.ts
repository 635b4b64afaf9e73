// A Vite plugin serving one value as a module (`import value from 'virtual:…'`): how the editor's
// integrations hand the Keystatic configuration what they know (the content, the storage).
// `value` is read each time the module is loaded, so a value that changes is served fresh once the
// module is invalidated.

/** The plugin `name` serving `value()` as the default export of module `id`. */
export function virtualJson(name: string, id: string, value: () => unknown) {
  return {
    name,
    resolveId: (source: string) => (source === id ? `\0${id}` : null),
    load: (resolved: string) => (resolved === `\0${id}` ? `export default ${JSON.stringify(value())};` : null),
  };
}
