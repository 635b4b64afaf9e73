// What the content commands (npm run new, npm run import) share: their arguments, with the content and
// data folders every one of them takes, and how they stop with a message for the person who ran them.
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';
import type { Roots } from '../src/lib/content/parse-content.ts';
import { contentRoots } from '../src/lib/settings.ts';

/** Stops the command with `message` (for the person who ran it) and a failing exit code. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** --content and --data: the folders the command reads and writes (CONTENT_DIR and DATA_DIR by default). */
const folderOptions = () =>
  ({
    content: { type: 'string', default: contentRoots().content },
    data: { type: 'string', default: contentRoots().data },
  }) as const;

type Options<O> = O & ReturnType<typeof folderOptions>;

/**
 * Reads the command's arguments: `options` and the folder options, positionals allowed. A mistake
 * (an unknown option, a value missing) stops the command with what is wrong and, when given, `usage`.
 */
export function readArguments<const O extends Record<string, ParseArgsOptionDescriptor>>(options: O, usage?: string) {
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: Options<O> }>>;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...options, ...folderOptions() } as Options<O> });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    return fail(usage ? `${message}\n${usage}` : message);
  }
  const folders = parsed.values as { content: string; data: string };
  const roots: Roots = { content: folders.content, data: folders.data };
  return { values: parsed.values, positionals: parsed.positionals, roots };
}
