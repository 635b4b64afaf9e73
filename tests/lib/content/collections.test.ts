import { describe, expect, it } from 'vitest';
import {
  collectionNames,
  collectionOf,
  collections,
  entryId,
  expectedLocations,
  readingsOf,
  sourceDocumentOf,
} from '../../../src/lib/content/collections.ts';
import { bundledFiles } from '../fixtures.ts';

describe('the one register of collections', () => {
  it('places each file in its collection by root and path, and nothing else', () => {
    expect(collectionOf('content', 'authorities/torbay.json')).toBe('authorities');
    expect(collectionOf('content', 'inspections/torbay/ofsted-2018.json')).toBe('inspections');
    expect(collectionOf('content', 'plan-versions/torbay/improvement-plan/v1.mdx')).toBe('planVersions');
    expect(collectionOf('content', 'plan-versions/torbay/improvement-plan/v1.json')).toBe('planOutlines');
    expect(collectionOf('content', 'inspections/ofsted-2018.json')).toBeUndefined();
    expect(collectionOf('content', 'inspections/torbay/ofsted-2018.mdx')).toBeUndefined();
    expect(collectionOf('data', 'authorities/torbay.json')).toBeUndefined();
    expect(collectionOf('content', 'authorities/torbay.jsonx')).toBeUndefined();
  });

  it('puts every bundled file in exactly one collection, but its source documents, readings and settings, which are in none', () => {
    for (const file of bundledFiles)
      expect(collectionOf(file.root, file.path) === undefined, file.path).toBe(
        !!sourceDocumentOf(file.root, file.path) ||
          readingsOf(file.root, file.path) !== undefined ||
          file.path === 'site.json',
      );
    expect(readingsOf('content', 'sources/torbay/readings.json')).toBe('torbay');
    expect(readingsOf('content', 'sources/readings.json')).toBeUndefined();
    expect(readingsOf('data', 'sources/torbay/readings.json')).toBeUndefined();
    expect(sourceDocumentOf('content', 'sources/torbay/torbay-improvement-notice-2011.txt')).toEqual({
      authority: 'torbay',
      file: 'torbay-improvement-notice-2011.txt',
    });
    expect(sourceDocumentOf('data', 'sources/torbay/n.txt')).toBeUndefined();
    expect(sourceDocumentOf('content', 'sources/n.txt')).toBeUndefined();
  });

  it('names an entry by its path within the collection, without extension', () => {
    expect(entryId('inspections', 'inspections/torbay/ofsted-2018.json')).toBe('torbay/ofsted-2018');
    expect(entryId('planVersions', 'plan-versions/torbay/improvement-plan/v1.mdx')).toBe('torbay/improvement-plan/v1');
  });

  it("lists where each root's files go, in an author's words", () => {
    const content = expectedLocations('content');
    expect(content).toContain(`authorities/*.json (${collections.authorities.label})`);
    expect(content.length + expectedLocations('data').length).toBe(collectionNames().length);
    expect(expectedLocations('data').every((l) => !l.startsWith('authorities/'))).toBe(true);
  });
});
