/** A fault in the content, located precisely enough for a content author to fix it. */
export interface Problem {
  /** The file, relative to the project root: "src/content/plan-versions/torbay/improvement-plan/v1.json". */
  file: string;
  /** Where in the file: "themes[0].objectives[1].actions[2] (action 1.2.1).rag"; empty for the whole file. */
  path: string;
  /** What is wrong and what would be right. */
  message: string;
  /**
   * The stable id of the rule it breaks, for the integrity check's rules ("plan-table.unknown-lead-role":
   * see src/lib/graph/integrity/messages.ts); tests assert it rather than the wording.
   */
  rule?: string;
}

/** Formats one problem as a single line: file, field path, message. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.file}: ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** Formats a list of problems as a report headed by their count. */
export function formatProblems(problems: readonly Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`Content check found ${problems.length} ${noun}:`, ...problems.map((p) => `  ✗ ${formatProblem(p)}`)].join(
    '\n',
  );
}

/** Thrown when content fails validation; its message lists every problem. */
export class ContentError extends Error {
  /** The problems found. */
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Shows a value in a message: strings quoted, others as JSON. */
export function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/**
 * Renders a path into a data object as `a[0].b`, naming the entry at each step by its
 * `ref` or `number` so an author can find it: `themes[0] (theme 1).objectives[1] (objective 1.2)`.
 */
export function describePath(data: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = data;
  let parentKey = '';
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const label = labelOf(node, parentKey);
      if (label) out += ` (${label})`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      parentKey = String(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return out;
}

const singular: Record<string, string> = {
  themes: 'theme',
  objectives: 'objective',
  actions: 'action',
  recommendations: 'recommendation',
  paragraphs: 'paragraph',
  stages: 'stage',
  measures: 'measure',
  ratings: 'rating',
  roles: 'role',
};

function labelOf(node: unknown, parentKey: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  const name = singular[parentKey];
  if (!name) return undefined;
  const id = record.ref ?? record.number ?? record.id;
  return typeof id === 'string' || typeof id === 'number' ? `${name} ${id}` : undefined;
}
