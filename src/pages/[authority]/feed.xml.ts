import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../data.ts';
import { atomFeed, feedEntries } from '../../lib/publishing/feeds.ts';
import type { AuthorityNode } from '../../lib/graph/graph.ts';
import { urlOf } from '../../lib/publishing/urls.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const graph = await getGraph();
  return graph.authorities.map((authority) => ({ params: { authority: authority.slug }, props: { authority } }));
}) satisfies GetStaticPaths;

/** One council's Atom feed: its statements and newly published documents. */
export const GET: APIRoute = ({ props }) => {
  const { authority } = props as { authority: AuthorityNode };
  return new Response(
    atomFeed({
      title: `${authority.data.name} – ${siteConfig.name}`,
      siteUrl: siteConfig.url,
      path: `/${authority.slug}/feed.xml`,
      alternatePath: urlOf(authority),
      author: siteConfig.publisher.name,
      licence: siteConfig.licence.name,
      entries: feedEntries(authority),
    }),
    { headers: { 'Content-Type': 'application/atom+xml' } },
  );
};
