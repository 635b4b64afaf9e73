// `npm run check [-- --content <dir>]`: validates every content file and cross-reference, without building.
import { parseArgs } from 'node:util';
import { checkContent } from './content-check.ts';
import { contentRoots } from '../src/lib/settings.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: contentRoots().content },
    data: { type: 'string', default: contentRoots().data },
  },
});
if (!checkContent({ content: values.content!, data: values.data! })) process.exit(1);
