import { describe, expect, it } from 'vitest';

describe('the Astro configuration', () => {
  it("keeps authors' punctuation through the supported processor option, not the deprecated markdown.smartypants", async () => {
    const config = (await import('../astro.config.mjs')).default;
    expect(config.markdown?.smartypants).toBeUndefined();
    expect(config.markdown?.processor?.name).toBe('satteri');
    expect((config.markdown?.processor?.options as { features: Record<string, unknown> }).features).toMatchObject({
      smartPunctuation: false,
    });
  });
});
