import type { APIRoute } from 'astro';
import { getGraph } from '../data.ts';
import { atomFeed, siteFeedEntries } from '../lib/publishing/feeds.ts';
import { siteConfig } from '../site.config.ts';

/** The whole site's Atom feed: statements and newly published documents of every council. */
export const GET: APIRoute = async () =>
  new Response(
    atomFeed({
      title: siteConfig.name,
      siteUrl: siteConfig.url,
      path: '/feed.xml',
      alternatePath: '/',
      author: siteConfig.publisher.name,
      licence: siteConfig.licence.name,
      entries: siteFeedEntries(await getGraph()),
    }),
    { headers: { 'Content-Type': 'application/atom+xml' } },
  );
