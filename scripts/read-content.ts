// The content reader lives in src/lib (the build's loader uses it too); scripts import it from here.
export { readSources } from '../src/lib/content/read-sources.ts';
