import { describe, expect, it } from 'vitest';
import { nextVersionMdx, outlineJson, versionPaths } from '../../../src/lib/content/plan-version-files.ts';

describe("a new plan version's files", () => {
  it("places a version's files under its plan", () => {
    expect(versionPaths('torbay/improvement-plan', 'v2')).toEqual({
      mdx: 'plan-versions/torbay/improvement-plan/v2.mdx',
      json: 'plan-versions/torbay/improvement-plan/v2.json',
    });
  });

  it("relabels, redates and marks as the council's own only the frontmatter of the new version", () => {
    const mdx = '---\nlabel: "Version 3"\npublished: "2020-04"\n---\n\nThe label: "Version 3" stays in the text.\n';
    expect(nextVersionMdx(mdx, 'Version 4', '2020-07')).toBe(
      '---\norigin: original\nlabel: "Version 4"\npublished: "2020-07"\n---\n\nThe label: "Version 3" stays in the text.\n',
    );
    const json = '---\n{\n  "label": "Version 3",\n  "published": "2020-04"\n}\n---\nText.\n';
    expect(JSON.parse(/^---\n([\s\S]*?)\n---/.exec(nextVersionMdx(json, 'Version 4', '2020-07'))![1]!)).toEqual({
      origin: 'original',
      label: 'Version 4',
      published: '2020-07',
    });
    expect(() => nextVersionMdx('No frontmatter', 'V', '2020')).toThrow('The base version has no frontmatter');
    expect(outlineJson({ themes: [] })).toBe('{\n  "themes": []\n}\n');
  });
});
