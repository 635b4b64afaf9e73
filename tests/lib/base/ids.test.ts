import { describe, expect, it } from 'vitest';
import {
  authorityOf,
  documentTypeLabel,
  planKeyOf,
  splitDocumentRef,
  splitId,
  splitVersionKey,
} from '../../../src/lib/base/ids.ts';
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

describe('document references', () => {
  it("have the shape the statement schema checks: a kind's folder, then the document's id", () => {
    for (const ref of ['inspections/ofsted-2015', 'monitoring-visits/may-2020', 'partner-inspections/p-1'])
      expect(documentRefPattern.test(ref), ref).toBe(true);
    for (const ref of ['ofsted-2015', 'Inspections/ofsted-2015', 'inspections/', '/ofsted-2015', 'a/b/c'])
      expect(documentRefPattern.test(ref), ref).toBe(false);
  });

  it('split a reference and name its type as a reader does', () => {
    expect(splitDocumentRef('monitoring-visits/may-2020')).toEqual({ type: 'monitoring-visits', slug: 'may-2020' });
    expect(documentTypeLabel('monitoring-visits')).toBe('monitoring visit');
    expect(documentTypeLabel('peer-reviews')).toBe('peer review');
  });
});
