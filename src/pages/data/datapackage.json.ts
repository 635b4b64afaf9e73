import type { APIRoute } from 'astro';
import { getGraph } from '../../data.ts';
import { dataPackage } from '../../lib/publishing/data-package.ts';
import { siteConfig } from '../../site.config.ts';

/** The Frictionless Data Package describing every published table and its columns: `/data/datapackage.json`. */
export const GET: APIRoute = async () =>
  new Response(
    `${JSON.stringify(
      dataPackage(await getGraph(), {
        name: siteConfig.name,
        tagline: siteConfig.tagline,
        url: siteConfig.url,
        publisher: siteConfig.publisher.name,
        licence: siteConfig.licence,
      }),
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/json' } },
  );
