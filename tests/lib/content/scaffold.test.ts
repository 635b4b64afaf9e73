import { describe, expect, it } from 'vitest';
import {
  authorityScaffold,
  EDIT,
  firstPlanScaffold,
  indicatorScaffold,
  inspectionScaffold,
  nextVersionFiles,
  nextVersionId,
  noticeScaffold,
  statementMdx,
} from '../../../src/lib/content/scaffold.ts';
import { templateText } from '../../../src/schemas/statement.ts';
import { problemsOf } from '../../helpers.ts';
import { bundledFiles } from '../fixtures.ts';

const asFiles = (files: { path: string; text: string }[]) => files.map((f) => ({ root: 'content' as const, ...f }));
// Schema problems, else integrity problems (where EDIT: texts are refused), as npm run check reports them.
const problemsWith = (files: { path: string; text: string }[]) => problemsOf([...bundledFiles, ...asFiles(files)]);

describe('scaffolds start a document without inventing its facts', () => {
  it('names a council file and shortens its name only by dropping "Council" words', () => {
    const file = authorityScaffold('northshire', 'Northshire County Council');
    expect(file.path).toBe('authorities/northshire.json');
    expect(JSON.parse(file.text)).toEqual({
      name: 'Northshire County Council',
      shortName: 'Northshire',
      partners: [],
      roles: [],
    });
    expect(JSON.parse(authorityScaffold('x', 'Council').text).shortName).toBe('Council');
  });

  it('dates an inspection only as the author gave it, else asks for the fieldwork date', () => {
    expect(JSON.parse(inspectionScaffold('t', 'ofsted-2030', '2030-01').text).published).toBe('2030-01');
    const undated = JSON.parse(inspectionScaffold('t', 'ofsted-2030', undefined).text);
    expect(undated.published).toBeUndefined();
    expect(undated.fieldworkStart).toBe(`${EDIT} YYYY-MM-DD`);
  });

  it('is refused by the content check until every EDIT: text is replaced', () => {
    const problems = problemsWith([
      inspectionScaffold('torbay', 'ofsted-2030', '2030-01'),
      noticeScaffold('torbay', 'notice-2030', '2030-02', 'ofsted-2030'),
      indicatorScaffold('torbay', 'visits', 'Visits on time', 'rate', 'lower'),
    ]);
    const files = new Set(problems.map((p) => p.file));
    expect(files).toContain('src/content/inspections/torbay/ofsted-2030.json');
    expect(files).toContain('src/content/notices/torbay/notice-2030.json');
    expect(files).toContain('src/content/indicators/torbay/visits.json');
    expect(problems.some((p) => p.message.includes(EDIT))).toBe(true);
  });

  it("gives a rate indicator its population to fill, and the direction in the schema's words", () => {
    const rate = JSON.parse(indicatorScaffold('t', 'x', 'X', 'rate', 'lower').text);
    expect(rate).toMatchObject({ per: 10000, direction: 'lower-is-better' });
    expect(rate.population).toMatch(/^EDIT:/);
    expect(JSON.parse(indicatorScaffold('t', 'x', 'X', 'percent', 'higher').text)).not.toHaveProperty('per');
  });

  it('starts a statement whose example texts the check refuses', () => {
    const mdx = statementMdx({ title: 'Our progress', date: '2030-01-05', authorityName: 'Torbay Council' });
    expect(mdx).toContain('title: "Our progress"');
    expect(mdx).toContain('date: "2030-01-05"');
    expect(mdx).toContain(templateText.body);
    const problems = problemsWith([{ path: 'statements/torbay/our-progress.mdx', text: mdx }]);
    expect(problems.filter((p) => p.file.endsWith('our-progress.mdx')).length).toBeGreaterThan(0);
  });

  it('numbers the next version after the highest, and starts it from the latest table', () => {
    expect(nextVersionId([])).toBe('v1');
    expect(nextVersionId(['v1', 'v10', 'v2'])).toBe('v11');
    const files = nextVersionFiles({
      planKey: 'torbay/improvement-plan',
      version: 'v2',
      baseMdx: '---\nlabel: "Version 1"\npublished: "2019-10"\n---\n\nIntro',
      baseJson: '{"themes":[]}',
      published: '2020-01',
    });
    expect(files.map((f) => f.path)).toEqual([
      'plan-versions/torbay/improvement-plan/v2.mdx',
      'plan-versions/torbay/improvement-plan/v2.json',
    ]);
    expect(files[0]!.text).toContain('Version 2');
    expect(files[0]!.text).toContain('2020-01');
    expect(files[1]!.text).toBe('{"themes":[]}');
  });

  it('adds the plan file only for a new plan', () => {
    expect(firstPlanScaffold('torbay/new-plan', 'ofsted-2018', '2030-01', false).map((f) => f.path)).toEqual([
      'plans/torbay/new-plan.json',
      'plan-versions/torbay/new-plan/v1.mdx',
      'plan-versions/torbay/new-plan/v1.json',
    ]);
    expect(firstPlanScaffold('torbay/improvement-plan', 'ofsted-2018', '2030-01', true)).toHaveLength(2);
  });
});
