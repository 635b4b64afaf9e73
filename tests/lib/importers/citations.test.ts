import { describe, expect, it } from 'vitest';
import {
  citedParagraphs,
  citedRecommendations,
  citedVisits,
  isCitation,
  recommendationIdsAreStrings,
  recommendationValue,
  trailingCitation,
} from '../../../src/lib/importers/citations.ts';

const visits = [
  { id: 'april-2019', visited: '2019-04' },
  { id: 'october-2019', visited: '2019-10-15' },
  { id: 'october-2020', visited: '2020-10' },
];

describe('citations councils put in brackets', () => {
  it('splits a trailing citation from its paragraph, keeping what follows it', () => {
    expect(trailingCitation('Improve supervision (Para 83, 85, 86).')).toEqual({
      before: 'Improve supervision',
      citation: 'Para 83, 85, 86',
      after: '.',
    });
    expect(trailingCitation('Improve supervision (recommendation 8)*')).toMatchObject({ after: '*' });
    expect(trailingCitation('No brackets here.')).toBeUndefined();
    expect(trailingCitation('(a) then more text')).toBeUndefined();
  });

  it('tells a citation from an explanation in brackets', () => {
    expect(isCitation('Para 35 & 36')).toBe(true);
    expect(isCitation('April & October Monitoring Visit')).toBe(true);
    expect(isCitation('internal objective')).toBe(true);
    expect(isCitation('recommendation 8 and repeated')).toBe(true);
    expect(isCitation('including care leavers')).toBe(false);
    expect(isCitation('see recommendations')).toBe(false);
  });

  it("reads paragraphs and recommendations in the source's order, once each", () => {
    expect(citedParagraphs('Para 92, 93, 91')).toEqual([92, 93, 91]);
    expect(citedParagraphs('Para 35 & 36; paragraph 35')).toEqual([35, 36]);
    expect(citedParagraphs('recommendation 8')).toEqual([]);
    expect(citedRecommendations('recommendation 1. and repeated')).toEqual(['1']);
    expect(citedRecommendations('Recommendations 2.1, 3 and B')).toEqual(['2.1', '3', 'b']);
    expect(citedRecommendations('Para 8')).toEqual([]);
  });

  it('places visits by month, and reports one it cannot place instead of guessing', () => {
    expect(citedVisits('April Monitoring Visit', visits)).toEqual({ ids: ['april-2019'], problems: [] });
    expect(citedVisits('October 2020 Monitoring Visit', visits)).toEqual({ ids: ['october-2020'], problems: [] });
    const ambiguous = citedVisits('October Monitoring Visit', visits);
    expect(ambiguous.ids).toEqual([]);
    expect(ambiguous.problems).toEqual([
      '"(October Monitoring Visit)" names the October monitoring visit, and october-2019 and october-2020 both took place then: add the year to the citation',
    ]);
    const missing = citedVisits('June Monitoring Visit', visits);
    expect(missing.problems[0]).toMatch(
      /^"\(June Monitoring Visit\)" names the June monitoring visit, but the inspection has no monitoring visit in June \(it has april-2019, 2019-04; /,
    );
    expect(citedVisits('Monitoring Visit', visits).problems).toEqual([
      '"(Monitoring Visit)" cites a monitoring visit without saying which month: add the month (e.g. "October 2019 Monitoring Visit")',
    ]);
    expect(citedVisits('Para 8', visits)).toEqual({ ids: [], problems: [] });
  });

  it('holds recommendation ids as the schema does', () => {
    expect(recommendationIdsAreStrings()).toBe(true);
    expect(recommendationValue('b')).toBe('b');
    expect(recommendationValue('8')).toBe('8');
  });
});
