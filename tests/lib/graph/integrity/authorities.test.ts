import { describe, expect, it } from 'vitest';
import { checkFiling, checkRoles } from '../../../../src/lib/graph/integrity/authorities.ts';
import { entry, rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkFiling, checkRoles);

describe('authority rules', () => {
  it('refuses a document filed under an authority that does not exist', () => {
    const [problem] = expectRule('authority.unknown', (c) => {
      c.authorities = c.authorities.filter((a) => a.id !== 'worcestershire');
    });
    expect(problem!.message).toContain('known authorities are "torbay"');
  });

  it('refuses two roles with one id', () => {
    expectRule('authority.duplicate-role', (c) => {
      const roles = entry(c, 'authorities', 'torbay').data.roles;
      roles.push({ ...roles[0]! });
    });
  });
});
