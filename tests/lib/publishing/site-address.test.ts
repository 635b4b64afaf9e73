import { describe, expect, it } from 'vitest';
import { isProductionBuild, localAddress, siteAddressProblem } from '../../../src/lib/publishing/site-address.ts';

describe("the site's address for a published build", () => {
  it('knows a production build by its flag or its host', () => {
    expect(isProductionBuild(['--production'], {})).toBe(true);
    expect(isProductionBuild([], { PRODUCTION: '1' })).toBe(true);
    expect(isProductionBuild([], { CONTEXT: 'production' })).toBe(true);
    expect(isProductionBuild([], { VERCEL_ENV: 'production' })).toBe(true);
    expect(isProductionBuild([], { PRODUCTION: '0', CONTEXT: 'deploy-preview', VERCEL_ENV: 'preview' })).toBe(false);
    expect(isProductionBuild(['--prod'], {})).toBe(false);
  });

  it('asks nothing of local and test builds', () => {
    expect(siteAddressProblem(undefined, false)).toBeUndefined();
    expect(localAddress).toBe('http://localhost:4321');
  });

  it("refuses a missing, malformed, insecure or local address in the publisher's words, saying nothing was built", () => {
    const missing = siteAddressProblem('  ', true)!;
    expect(missing).toMatch(/^This is a production build, but the site's address is not set/);
    expect(missing).toContain('SITE_URL=https://tracker.example.gov.uk npm run build -- --production');
    expect(missing).toMatch(/Nothing was built\.$/);
    expect(siteAddressProblem('tracker', true)).toContain('"tracker" is not a web address');
    expect(siteAddressProblem('http://tracker.example.gov.uk', true)).toContain('is not a public https:// address');
    expect(siteAddressProblem('https://localhost:4321', true)).toContain('is not a public https:// address');
    expect(siteAddressProblem('https://127.0.0.1/', true)).toContain('is not a public https:// address');
    expect(siteAddressProblem('https://tracker.example.gov.uk', true)).toBeUndefined();
  });
});
