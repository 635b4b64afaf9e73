// Whether a build is for publishing, and whether the site's address is set for it. Local and test
// builds stay easy (they default to http://localhost:4321); a production build must say where it lives.

/** The address used when none is set: fine for previewing, wrong for anything published. */
export const localAddress = 'http://localhost:4321';

/** True when the build is for publishing: `--production`, PRODUCTION=1, or a host's production build (Netlify, Vercel). */
export function isProductionBuild(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  return (
    argv.includes('--production') ||
    env.PRODUCTION === '1' ||
    env.CONTEXT === 'production' ||
    env.VERCEL_ENV === 'production'
  );
}

/** The problem with the site's address for this build, in words for whoever publishes it; undefined if none. */
export function siteAddressProblem(url: string | undefined, production: boolean): string | undefined {
  const where =
    'Set it where you build: SITE_URL=https://tracker.example.gov.uk npm run build -- --production (or SITE_URL in your host\'s environment settings, e.g. Netlify\'s "Environment variables", or the repository variable SITE_URL in GitHub: Settings → Secrets and variables → Actions → Variables)';
  const blank = !url || url.trim() === '';
  if (blank && !production) return undefined;
  if (blank)
    return `This is a production build, but the site's address is not set, so canonical links, the sitemap and the feeds would point at ${localAddress}. ${where}. Nothing was built.`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `The site's address ${JSON.stringify(url)} is not a web address. ${where}. Nothing was built.`;
  }
  // Every link the site writes starts at the root of its address ("/torbay/…"): under a path they would
  // all leave the site. Refused rather than published broken.
  if (parsed.pathname !== '/' || parsed.search || parsed.hash)
    return `The site's address ${JSON.stringify(url)} has a path after the host name; the site must be published at the root of its address (like https://tracker.example.gov.uk/), or every link, stylesheet and feed on it would point outside it. On GitHub Pages a project site (owner.github.io/tracker/) is under a path: give it a custom domain (Settings → Pages → Custom domain) and set SITE_URL to that; Netlify, Cloudflare Pages and Azure Static Web Apps give each site an address of its own. Nothing was built.`;
  if (production && (parsed.protocol !== 'https:' || /^(localhost|127\.|\[::1\])/.test(parsed.hostname))) {
    return `This is a production build, but the site's address ${JSON.stringify(url)} is not a public https:// address. ${where}. Nothing was built.`;
  }
  return undefined;
}
