import type { APIRoute, GetStaticPaths } from 'astro';
import { planPaths } from '~/data.ts';
import { atomFeed, planFeedEntries, planFeedPath } from '~/lib/publishing/feeds.ts';
import type { PlanNode } from '~/lib/graph/graph.ts';
import { urlOf } from '~/lib/publishing/urls.ts';
import { siteConfig } from '~/site.config.ts';

export const getStaticPaths = planPaths satisfies GetStaticPaths;

/** One plan's Atom feed: each version as it is published, with what it changed. */
export const GET: APIRoute = ({ props }) => {
  const { plan } = props as { plan: PlanNode };
  return new Response(
    atomFeed({
      title: `${plan.data.title} (${plan.authority.data.name}) – ${siteConfig.name}`,
      siteUrl: siteConfig.url,
      path: planFeedPath(plan),
      alternatePath: urlOf(plan),
      author: siteConfig.publisher.name,
      licence: siteConfig.licence.name,
      entries: planFeedEntries(plan),
    }),
    { headers: { 'Content-Type': 'application/atom+xml' } },
  );
};
