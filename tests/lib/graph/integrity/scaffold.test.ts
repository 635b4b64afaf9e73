import { describe, expect, it } from 'vitest';
import { checkScaffold } from '../../../../src/lib/graph/integrity/scaffold.ts';
import { entry, rulesOf } from './helpers.ts';

const expectRule = rulesOf(checkScaffold);

describe('scaffold rules', () => {
  it("refuses a field still holding npm run new's text", () => {
    const [problem] = expectRule('scaffold.text-in-field', (c) => {
      entry(c, 'inspections', 'torbay/ofsted-2018').data.title = 'EDIT: the title';
    });
    expect(problem).toMatchObject({ file: 'src/content/inspections/torbay/ofsted-2018.json', path: 'title' });
    expect(problem!.message).toContain('"EDIT: the title"');
  });

  it("refuses a body still holding npm run new's text", () => {
    expectRule('scaffold.text-in-body', (c) => {
      entry(c, 'planVersions', 'torbay/improvement-plan/v1').body += '\nEDIT: the introduction';
    });
  });
});
