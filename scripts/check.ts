// `npm run check [-- --content <dir>] [--since <git ref>]`: validates every content file and
// cross-reference, without building; with --since, also refuses a change since that commit to what a
// published plan version says, other than a correction with its note.
import { parseArgs } from 'node:util';
import { checkContent } from './content-check.ts';
import { contentRoots } from '../src/lib/settings.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: contentRoots().content },
    data: { type: 'string', default: contentRoots().data },
    since: { type: 'string' },
  },
});
if (!checkContent({ content: values.content!, data: values.data! }, { since: values.since })) process.exit(1);
