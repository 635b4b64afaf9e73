import { describe, it } from 'vitest';
import { expectRule } from './helpers.ts';

describe('glossary rules', () => {
  it('refuses a term defined twice, whatever its case', () => {
    expectRule('glossary.duplicate-term', (c) => {
      const terms = c.glossary[0]!.data.terms;
      terms.push({ ...terms[0]!, term: terms[0]!.term.toUpperCase() });
    });
  });
});
