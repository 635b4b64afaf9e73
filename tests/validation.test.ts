import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFiles, bundledRoots, INSPECTION_2018, messagesOf, OUTLINE, withJson } from './helpers.ts';

const ACTION_113 =
  'src/content/plan-versions/torbay/improvement-plan/v1.json: themes[0] (theme 1).objectives[0] (objective 1.1).actions[2] (action 1.1.3)';

describe('the bundled content', () => {
  it('passes the check with no problem', () => {
    expect(messagesOf(bundledFiles)).toEqual([]);
  });
});

describe('a content author sees the file, the field, the bad value and what would be right', () => {
  it('for an unknown recommendation', () => {
    const files = withJson(OUTLINE, (d) => {
      d.themes[0].objectives[1].aims[0].recommendations = ['17'];
    });
    expect(messagesOf(files)).toEqual([
      'src/content/plan-versions/torbay/improvement-plan/v1.json: themes[0] (theme 1).objectives[1] (objective 1.2).aims[0].recommendations[0]: recommendation 17 does not exist: the plan\'s report "ofsted-2018" has recommendations 1–16 (src/content/inspections/torbay/ofsted-2018.json)',
    ]);
  });

  it('for an unknown paragraph', () => {
    const files = withJson(OUTLINE, (d) => {
      d.themes[0].objectives[0].actions[2].paragraphs = [300];
    });
    expect(messagesOf(files)).toEqual([
      `${ACTION_113}.paragraphs[0]: paragraph 300 is not recorded for the report "ofsted-2018": its recorded paragraphs are 18, 19, 21, 22, 24, 25, 28, 31, 34–36, 38, 39, 41, 42, 52, 54, 57, 59, 83, 85, 86, 88–97, 101. Add paragraph 300 to src/content/inspections/torbay/ofsted-2018.json or correct the number`,
    ]);
  });

  it('for an unknown monitoring visit', () => {
    const files = withJson(OUTLINE, (d) => {
      d.themes[0].objectives[0].actions[2].monitoringVisits = ['june-2019'];
    });
    expect(messagesOf(files)).toEqual([
      `${ACTION_113}.monitoringVisits[0]: no monitoring visit "june-2019" exists for torbay: known visits are "april-2019", "january-2019" and "october-2019". Add src/content/monitoring-visits/torbay/june-2019.json or correct the id`,
    ]);
  });

  it('for a duplicate id', () => {
    const files = withJson(INSPECTION_2018, (d) => {
      d.recommendations[15].id = '15';
    });
    const messages = messagesOf(files);
    expect(messages).toContain(
      'src/content/inspections/torbay/ofsted-2018.json: recommendations: recommendation "15" appears more than once: each id must be unique',
    );
  });

  it('for an action in two objectives', () => {
    const files = withJson(OUTLINE, (d) => {
      d.themes[1].objectives[2].actions.push(structuredClone(d.themes[1].objectives[3].actions[0]));
    });
    const messages = messagesOf(files);
    expect(messages).toHaveLength(2);
    expect(messages).toContain(
      'src/content/plan-versions/torbay/improvement-plan/v1.json: themes[1] (theme 2).objectives[3] (objective 2.4).actions[0] (action 2.4.1).ref: action 2.4.1 appears in objective 2.3 and again in objective 2.4: an action belongs to one objective; remove one or give it a new reference',
    );
    expect(messages).toContain(
      'src/content/plan-versions/torbay/improvement-plan/v1.json: themes[1] (theme 2).objectives[2] (objective 2.3).actions[4] (action 2.4.1).ref: action 2.4.1 is listed under objective 2.3: its reference should start "2.3."',
    );
  });

  it('for a date that is not a date', () => {
    const files = withJson(INSPECTION_2018, (d) => {
      d.published = '2018-08-32';
    });
    expect(messagesOf(files)).toEqual([
      'src/content/inspections/torbay/ofsted-2018.json: published: "2018-08-32" is not a date: write a day "2019-10-31", a month "2019-10" or a year "2019"; a range "2019-10-15/2019-10-17"; a financial year "FY2013/14" or an academic year "AY2013/14"',
    ]);
  });

  it("for a rating outside the version's scale", () => {
    const files = withJson(OUTLINE, (d) => {
      d.themes[0].objectives[0].actions[2].rag = 'Ambr';
    });
    expect(messagesOf(files)).toEqual([
      `${ACTION_113}.rag: "Ambr" is not a rating of this version's RAG scale: use one of "green", "amber" or "red", or null for not yet rated`,
    ]);
  });

  it('for a plan that says six repeated recommendations where the data marks five', () => {
    const files = withJson(INSPECTION_2018, (d) => {
      d.recommendations[10].repeated = false;
      delete d.recommendations[10].repeatedFrom;
    });
    expect(messagesOf(files)).toEqual([
      'src/content/plan-versions/torbay/improvement-plan/v1.json: themes[0] (theme 1).objectives[1] (objective 1.2).aims[1].repeated: the plan marks recommendation 11 "repeated", but src/content/inspections/torbay/ofsted-2018.json does not: set "repeated": true there, or false here',
      'src/content/plan-versions/torbay/improvement-plan/v1.mdx: claims.repeatedRecommendations: the plan says 6 repeated recommendations, but src/content/inspections/torbay/ofsted-2018.json marks 5 as repeated (1, 5, 7, 8, 10): correct the claim or the "repeated" marks',
    ]);
  });

  it('for an unknown lead role', () => {
    const files = withJson(OUTLINE, (d) => {
      d.themes[0].objectives[0].actions[2].leadRoles = ['mayor'];
    });
    expect(messagesOf(files)[0]).toMatch(
      /^.*actions\[2\] \(action 1\.1\.3\)\.leadRoles\[0\]: no role "mayor" is defined for torbay: add it to src\/content\/authorities\/torbay\.json roles, or use one of "ceo", /,
    );
  });

  it('for a wrong type, naming the field and the value found', () => {
    const files = withJson(OUTLINE, (d) => {
      d.themes[0].objectives[0].actions[2].timescale = 2019;
    });
    expect(messagesOf(files)).toEqual([
      `${ACTION_113}.timescale: Timescale, in the plan's words; leave it out where the source gives none, and say why in notInSource.timescale: must be text in double quotes, not the number 2019: write "2019"; leave the field out where the source does not say`,
    ]);
  });

  it('for a direction of travel outside the vocabulary', () => {
    const files = withJson(OUTLINE, (d) => {
      d.themes[0].objectives[0].actions[2].dot = 'up';
    });
    expect(messagesOf(files)).toEqual([
      `${ACTION_113}.dot: "up" is not a direction of travel: use "improving", "no-change" or "declining" (or null)`,
    ]);
  });

  it('for a file that belongs to no collection, so nothing is dropped silently', () => {
    const files = [
      ...bundledFiles,
      { root: 'content' as const, path: 'statements/pr5221.mdx', text: '---\ntitle: x\n---\n' },
    ];
    expect(messagesOf(files)[0]).toMatch(
      /^src\/content\/statements\/pr5221\.mdx: this file belongs to no collection, so it would not be published\. Files in src\/content\/ go in: .*statements\/\*\/\*\.mdx \(statement\); glossary\/\*\.json \(glossary\); site\.json \(the site's settings\)$/,
    );
  });

  it('for a statement about a document that does not exist', () => {
    const files = bundledFiles.map((f) =>
      f.path.startsWith('statements/')
        ? { ...f, text: f.text.replace('inspections/ofsted-2015', 'inspections/ofsted-2016') }
        : f,
    );
    expect(messagesOf(files)).toEqual([
      'src/content/statements/torbay/pr5220-2016-01-05.mdx: about[0]: no inspection "ofsted-2016" exists for torbay: known inspections are "ofsted-2010", "ofsted-2013", "ofsted-2015" and "ofsted-2018". Add src/content/inspections/torbay/ofsted-2016.json or correct the id',
    ]);
  });
});

describe('npm run check', () => {
  const node = 'node_modules/.bin/node';
  it('passes on the bundled content and says what it checked', () => {
    const out = execFileSync(
      node,
      ['scripts/check.ts', '--content', bundledRoots.content, '--data', bundledRoots.data],
      { encoding: 'utf8' },
    );
    expect(out).toContain('Content check passed: 24 files');
    expect(out).toContain('(36 actions)');
  });

  it('stops with a non-zero exit and every problem listed on broken content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-content-'));
    try {
      cpSync(bundledRoots.content, dir, { recursive: true });
      writeFileSync(join(dir, 'inspections/torbay/ofsted-2019.json'), '{ "title": ');
      writeFileSync(join(dir, 'notes.txt'), 'stray');
      let stderr = '';
      let status = 0;
      try {
        execFileSync(node, ['scripts/check.ts', '--content', dir, '--data', bundledRoots.data], {
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (error) {
        ({ stderr, status } = error as { stderr: string; status: number });
      }
      expect(status).toBe(1);
      expect(stderr).toContain('Content check found 2 problems:');
      expect(stderr).toMatch(/inspections\/torbay\/ofsted-2019\.json: is not valid JSON/);
      expect(stderr).toMatch(/notes\.txt: this file belongs to no collection/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
