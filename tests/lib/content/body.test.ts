import { describe, expect, it } from 'vitest';
import { checkBody, renderBody, unsafeUrl } from '../../../src/lib/content/body.ts';

describe('bodies are text, never programs', () => {
  it('accepts prose with "<", "{" and "}" as characters, and renders it exactly', () => {
    expect(checkBody('Children aged < 16 get {monthly} visits.\n\n## Next steps\n\n[Plan](/torbay/plans/)')).toEqual(
      [],
    );
    const html = renderBody('Children aged < 16 get {monthly} visits.\n\n## Next steps');
    expect(html).toContain('<p>Children aged &lt; 16 get {monthly} visits.</p>');
    expect(html).toContain('<h2 id="next-steps">Next steps</h2>');
  });

  it('refuses raw HTML, comments, program code, unsafe links and images from other sites, by line', () => {
    const problems = checkBody(
      [
        '<script>alert(1)</script>',
        '',
        'import X from "./x.js"',
        '',
        '<!-- note -->',
        '',
        '[click](javascript:alert(1))',
        '',
        '![chart](https://example.com/c.png)',
        '',
        '![](/images/c.png)',
      ].join('\n'),
    );
    expect(problems.map((p) => p.line)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(problems[0]!.message).toMatch(/^the HTML tag "<script>" is not allowed: the text is Markdown/);
    expect(problems[1]!.message).toBe(
      '"import X from \\"./x.js\\"" is program code (an MDX import or export), and the text cannot run code: delete the line',
    );
    expect(problems[2]!.message).toMatch(/^an HTML comment "<!-- … -->" is not allowed in the text/);
    expect(problems[3]!.message).toMatch(/uses "javascript:", which could run code or hide content/);
    expect(problems[4]!.message).toMatch(/^the image "https:\/\/example.com\/c.png" is on another site/);
    expect(problems[5]!.message).toMatch(/^the image has no description/);
  });

  it('refuses schemes that can run code even when disguised by case, spaces or control characters', () => {
    expect(unsafeUrl('https://www.gov.uk/')).toBeUndefined();
    expect(unsafeUrl('mailto:a@b.c')).toBeUndefined();
    expect(unsafeUrl('/torbay/')).toBeUndefined();
    expect(unsafeUrl('JavaScript:alert(1)')).toContain('"javascript:"');
    expect(unsafeUrl(' java\tscript:alert(1)')).toContain('"javascript:"');
    expect(unsafeUrl('data:text/html,x')).toContain('"data:"');
  });

  it('renders unchecked HTML as text and drops unsafe addresses and foreign images', () => {
    const html = renderBody('<b>x</b> [a](javascript:alert(1)) ![pic](https://e.com/p.png)');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('e.com');
    expect(html).toContain('pic');
  });
});
