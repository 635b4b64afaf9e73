import { describe, expect, it } from 'vitest';
import {
  authorityOf,
  documentTypeLabel,
  documentTypes,
  planKeyOf,
  splitDocumentRef,
  splitId,
  splitVersionKey,
} from '../../../src/lib/base/ids.ts';
import { collections } from '../../../src/lib/content/collections.ts';
import { documentRefPattern } from '../../../src/schemas/statement.ts';

describe('keys', () => {
  it('splits a document key into its authority and slug', () => {
    expect(splitId('torbay/ofsted-2018')).toEqual({ authority: 'torbay', slug: 'ofsted-2018' });
    expect(splitId('torbay')).toEqual({ authority: 'torbay', slug: '' });
    expect(authorityOf('torbay/improvement-plan/v1')).toBe('torbay');
  });

  it("splits a plan version's key into its authority, plan, plan key and version", () => {
    expect(splitVersionKey('torbay/improvement-plan/v1.2')).toEqual({
      authority: 'torbay',
      plan: 'improvement-plan',
      planKey: 'torbay/improvement-plan',
      version: 'v1.2',
    });
    expect(planKeyOf('torbay/improvement-plan/v1')).toBe('torbay/improvement-plan');
  });
});

describe('document types', () => {
  it('are the folders of the documents a statement can be about', () => {
    const dirs = Object.values(collections).map((c) => c.dir);
    for (const type of documentTypes) expect(dirs).toContain(type);
    expect(documentTypes).toEqual([
      'inspections',
      'monitoring-visits',
      'notices',
      'plans',
      'peer-reviews',
      'statements',
    ]);
  });

  it("make the statement schema's reference pattern", () => {
    for (const type of documentTypes) expect(documentRefPattern.test(`${type}/a-b`)).toBe(true);
    expect(documentRefPattern.test('indicators/a-b')).toBe(false);
  });

  it('split a reference and name its type as a reader does', () => {
    expect(splitDocumentRef('monitoring-visits/may-2020')).toEqual({ type: 'monitoring-visits', slug: 'may-2020' });
    expect(documentTypeLabel('monitoring-visits')).toBe('monitoring visit');
    expect(documentTypeLabel('peer-reviews')).toBe('peer review');
  });
});
