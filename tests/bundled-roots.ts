// Where the tests read the bundled councils' content: a frozen copy at tests/fixtures/bundled (content/
// from src/content, data/ from data/, source documents included), never the live folders, which a
// council replaces with its own. A tiny module so the browser tests can name it without reading it.
export const bundledRoots = {
  content: 'tests/fixtures/bundled/content',
  data: 'tests/fixtures/bundled/data',
} as const;
