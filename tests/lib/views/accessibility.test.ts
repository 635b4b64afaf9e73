import { describe, expect, it } from 'vitest';
import { accessibilityView } from '../../../src/lib/views/accessibility.ts';
import { siteConfig } from '../../../src/site.config.ts';

describe('accessibilityView', () => {
  it('says when the statement was prepared and reviewed, as dates in words, and has no contact when none is set', () => {
    const view = accessibilityView({
      ...siteConfig,
      contact: undefined,
      accessibilityStatement: { prepared: '2026-03-02', reviewed: '2026-11-24' },
    });
    expect(view).toMatchObject({ prepared: '2 March 2026', reviewed: '24 November 2026' });
    expect(view.contact).toBeUndefined();
    expect(view.publisher).toBe(siteConfig.publisher.name);
  });

  it('gives a configured email as a mailto address and keeps a contact page', () => {
    const view = accessibilityView({
      ...siteConfig,
      contact: { email: 'access@council.example.gov.uk', url: 'https://council.example.gov.uk/contact' },
    });
    expect(view.contact).toEqual({
      email: 'access@council.example.gov.uk',
      mailto: 'mailto:access@council.example.gov.uk',
      url: 'https://council.example.gov.uk/contact',
    });
    expect(accessibilityView({ ...siteConfig, contact: { url: 'https://x.example.gov.uk/' } }).contact).toEqual({
      url: 'https://x.example.gov.uk/',
    });
  });
});
