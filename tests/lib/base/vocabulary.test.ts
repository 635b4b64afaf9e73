import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dotLabel } from '../../../src/lib/derivations/labels.ts';
import { ratingCounts } from '../../../src/lib/derivations/ratings.ts';
import { basisLabel } from '../../../src/lib/derivations/targets.ts';
import { axisLabel, unitLabel } from '../../../src/lib/derivations/units.ts';
import { dotWords, noRatingColumnTag, notStated, notYetRated, unitWords } from '../../../src/lib/base/vocabulary.ts';
import { openData } from '../../../src/lib/publishing/open-data.ts';
import { unitValues } from '../../../src/schemas/indicator.ts';
import { dotValues } from '../../../src/schemas/plan-outline.ts';
import { bundledGraph } from '../../helpers.ts';

describe('the shared vocabulary', () => {
  it('has a word for every unit and every direction of travel the schemas allow', () => {
    expect(Object.keys(unitWords).sort()).toEqual([...unitValues].sort());
    expect(Object.keys(dotWords).sort()).toEqual([...dotValues].sort());
  });

  it('is what the labels say', () => {
    expect(unitLabel({ unit: 'percent' })).toBe(unitWords.percent);
    expect(unitLabel({ unit: 'rate', per: 10000, population: 'children aged under 18' })).toBe(
      'Rate per 10,000 children aged under 18',
    );
    expect(axisLabel({ unit: 'rate', per: 10000 })).toBe('Rate per 10,000');
    expect(dotLabel('no-change')).toBe('No change');
    expect(dotLabel(null)).toBe(notStated);
    expect(basisLabel(undefined)).toBe(notStated);
  });

  it('names unrated actions the same way in counts and open data', () => {
    const graph = bundledGraph();
    const version = graph.planVersions.get('torbay/improvement-plan/v1')!;
    const unrated = version.actions.find((a) => a.rating === null);
    const counts = ratingCounts(version.actions, [...version.ratings.values()]);
    expect(counts.at(-1)!.label).toBe(notYetRated);
    if (unrated) {
      const row = (openData(graph).actions as { ref: string; version: string; ragLabel: string }[]).find(
        (a) => a.ref === unrated.ref && a.version === version.slug,
      );
      expect(row?.ragLabel).toBe(notYetRated);
    }
  });

  it('is written out nowhere else in the code: a template, view or the editor uses the constant', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? entry.name === 'content'
            ? []
            : files(join(dir, entry.name))
          : /\.(ts|tsx|astro)$/.test(entry.name)
            ? [join(dir, entry.name)]
            : [],
      );
    const words = [notYetRated, noRatingColumnTag, notStated];
    const copies = files('src')
      .filter((file) => !file.endsWith('vocabulary.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
          .filter((line) =>
            words.some((w) => line.includes(`'${w}'`) || line.includes(`"${w}"`) || line.includes(`>${w}<`)),
          )
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(copies).toEqual([]);
  });
});
