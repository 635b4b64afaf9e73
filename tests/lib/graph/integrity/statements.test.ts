import { describe, expect, it } from 'vitest';
import { templateText } from '../../../../src/schemas/statement.ts';
import { checkStatementRefs, checkStatementBodies } from '../../../../src/lib/graph/integrity/statements.ts';
import { entry, rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkStatementRefs, checkStatementBodies);

const statement = 'torbay/pr5220-2016-01-05';

describe('statement rules', () => {
  it('refuses a statement about a document that does not exist', () => {
    const [problem] = expectRule('statement.about-unknown-document', (c) => {
      entry(c, 'statements', statement).data.about.push('monitoring-visits/may-2099');
    });
    expect(problem!.message).toContain('no monitoring visit "may-2099" exists for torbay');
  });

  it('refuses a statement about a kind of document a statement cannot be about', () => {
    const [problem] = expectRule('statement.about-unknown-type', (c) => {
      entry(c, 'statements', statement).data.about.push('indicators/core-assessments');
    });
    expect(problem!.message).toBe(
      '"indicators" is not a kind of document a statement can be about: write "<type>/<id>" where type is one of inspections, monitoring-visits, notices, plans, peer-reviews, statements',
    );
  });

  it("refuses a statement whose text is still the template's example", () => {
    const [problem] = expectRule('statement.template-text', (c) => {
      entry(c, 'statements', statement).body = templateText.body;
    });
    expect(problem!.path).toBe('body');
  });
});
