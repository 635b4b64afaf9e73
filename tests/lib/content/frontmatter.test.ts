import { describe, expect, it } from 'vitest';
import { readYaml, splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';

describe('front matter as the saves read it', () => {
  it('splits the YAML between the "---" lines from the body, with either line ending', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nBody\n')).toEqual({ front: 'title: A', body: 'Body\n' });
    expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody')).toEqual({ front: 'title: A', body: 'Body' });
    expect(splitFrontmatter('---\ntitle: A\n---')).toEqual({ front: 'title: A', body: '' });
  });

  it('finds none in a file that does not open with it', () => {
    expect(splitFrontmatter('title: A\n---\nBody')).toBeUndefined();
    expect(splitFrontmatter('---\ntitle: A\nBody')).toBeUndefined();
  });

  it('reads YAML with its core schema: a date stays the text it is', () => {
    expect(readYaml('date: 2019-10-31\nn: 3')).toEqual({ date: '2019-10-31', n: 3 });
    expect(() => readYaml('a: [')).toThrow();
  });
});
