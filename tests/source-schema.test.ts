// The source fields (issue 13): publisher, date and public web address of the document a page was
// read from. Optional, strict, and refused in an author's words when wrong.
import { describe, expect, it } from 'vitest';
import { isPublicAddress, source } from '../src/schemas/common.ts';
import { messagesOf, withJson } from './helpers.ts';

const NOTICE = 'notices/torbay/improvement-notice-2011.json';
const withSource = (fields: Record<string, unknown>) =>
  messagesOf(
    withJson(NOTICE, (d) => {
      Object.assign(d.sources[0], fields);
    }),
  );

describe('source: publisher, date and address', () => {
  it('accepts a source with a publisher, a date at any precision and an https address', () => {
    expect(
      withSource({ publisher: 'Department for Education', date: '2011-03', address: 'https://www.gov.uk/x' }),
    ).toEqual([]);
    expect(withSource({ date: '2011' })).toEqual([]);
    expect(source.parse({ title: 'T', address: 'https://www.torbay.gov.uk/media/1/plan.pdf?v=2#page=3' }).address).toBe(
      'https://www.torbay.gov.uk/media/1/plan.pdf?v=2#page=3',
    );
  });

  it('leaves every new field optional: the bundled notices record none of them', () => {
    expect(source.safeParse({ title: 'Improvement Notice' }).success).toBe(true);
  });

  it("refuses a bad address with the file, the field, the value and the fix, in an author's words", () => {
    expect(withSource({ address: 'www.torbay.gov.uk/plan.pdf' })).toEqual([
      'src/content/notices/torbay/improvement-notice-2011.json: sources[0].address: "www.torbay.gov.uk/plan.pdf" is not a public web address: copy the whole address from the browser\'s address bar, starting with https:// (e.g. "https://www.torbay.gov.uk/media/12345/improvement-plan.pdf"), or leave the field out where it is not known',
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'file:///C:/Users/me/plan.pdf',
    'C:\\Users\\me\\plan.pdf',
    '/torbay/plans/',
    'https://',
    'https://localhost/plan.pdf',
    'https://user:secret@www.torbay.gov.uk/plan.pdf',
    'https://www.torbay.gov.uk/improvement plan.pdf',
    'data:text/html,<script>alert(1)</script>',
    '',
  ])('refuses %j as an address', (value) => {
    expect(isPublicAddress(value)).toBe(false);
    expect(source.safeParse({ title: 'T', address: value }).success).toBe(false);
  });

  it('refuses a date that is not a date and a publisher left empty', () => {
    expect(withSource({ date: 'March 2011', publisher: '' })).toEqual([
      'src/content/notices/torbay/improvement-notice-2011.json: sources[0].publisher: Who published it, as the source names them; leave it out where the source does not say: is empty: write the text; leave the field out where the source does not say (found "")',
      'src/content/notices/torbay/improvement-notice-2011.json: sources[0].date: "March 2011" is not a date: write a day "2019-10-31", a month "2019-10" or a year "2019"; a range "2019-10-15/2019-10-17"; a financial year "FY2013/14" or an academic year "AY2013/14"',
    ]);
  });

  it('stays strict: an unknown field beside them is refused', () => {
    expect(withSource({ adress: 'https://www.torbay.gov.uk/x' })[0]).toMatch(
      /sources\[0\]\.adress: "adress" is not a field here.*did you mean "address"|sources\[0\]\.adress: "adress" is not a field here/,
    );
  });
});
