import { describe, expect, it } from 'vitest';
import { ContentError, describePath, formatProblem, formatProblems, show } from '../../../src/lib/content/problems.ts';

const problem = { file: 'src/content/plans/torbay/plan.json', path: 'title', message: 'is missing' };

describe('problems located for content authors', () => {
  it('formats one problem as file, field and message, and a list headed by its count', () => {
    expect(formatProblem(problem)).toBe('src/content/plans/torbay/plan.json: title: is missing');
    expect(formatProblem({ ...problem, path: '' })).toBe('src/content/plans/torbay/plan.json: is missing');
    expect(formatProblems([problem])).toBe(
      'Content check found 1 problem:\n  ✗ src/content/plans/torbay/plan.json: title: is missing',
    );
    expect(formatProblems([problem, problem]).split('\n')[0]).toBe('Content check found 2 problems:');
  });

  it('carries its problems in an error whose message lists them', () => {
    const error = new ContentError([problem]);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual([problem]);
    expect(error.message).toBe(formatProblems([problem]));
  });

  it('shows values as an author would read them', () => {
    expect(show('x')).toBe('"x"');
    expect(show(3)).toBe('3');
    expect(show(undefined)).toBe('nothing');
    expect(show(null)).toBe('null');
  });

  it('names each entry on a path by its ref or number', () => {
    const data = {
      themes: [{ ref: '1', objectives: [{}, { ref: '1.2', actions: [{ ref: '1.2.1' }] }] }],
      paragraphs: [{ number: 12 }],
    };
    expect(describePath(data, ['themes', 0, 'objectives', 1, 'actions', 0, 'rag'])).toBe(
      'themes[0] (theme 1).objectives[1] (objective 1.2).actions[0] (action 1.2.1).rag',
    );
    expect(describePath(data, ['paragraphs', 0])).toBe('paragraphs[0] (paragraph 12)');
    expect(describePath(data, ['themes', 0, 'objectives', 0])).toBe('themes[0] (theme 1).objectives[0]');
    expect(describePath({ sources: [{ ref: 'x' }] }, ['sources', 0])).toBe('sources[0]');
    expect(describePath(data, ['missing', 3, 'x'])).toBe('missing[3].x');
  });
});
