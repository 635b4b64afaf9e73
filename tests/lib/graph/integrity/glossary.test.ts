import { describe, it } from 'vitest';
import { checkGlossary } from '../../../../src/lib/graph/integrity/glossary.ts';
import { rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkGlossary);

describe('glossary rules', () => {
  it('refuses a term defined twice, whatever its case', () => {
    expectRule('glossary.duplicate-term', (c) => {
      const terms = c.glossary[0]!.data.terms;
      terms.push({ ...terms[0]!, term: terms[0]!.term.toUpperCase() });
    });
  });
});
