import { test } from 'vitest';
import { threeGraph, bundledGraph } from './fixtures.ts';
test('x', () => {
  const g = threeGraph();
  const a = g.authorityBySlug.get('fixture')!;
  console.log(JSON.stringify({ roles: a.data.roles, asOf: a.asOf, planAsOf: g.plans.get('fixture/plan')!.asOf }));
  for (const v of g.plans.get('fixture/plan')!.versions) {
    console.log(v.slug, v.data.label, JSON.stringify(v.data.date ?? v.data), [...v.ratings.keys()]);
    for (const x of v.actions)
      console.log(
        '  ',
        x.ref,
        JSON.stringify(x.due),
        x.data.timescale,
        x.rating?.id,
        x.rating?.complete,
        x.leadRoles.map((r) => r.id),
        x.data.previousRef,
      );
  }
  const t = bundledGraph().plans.get('torbay/improvement-plan')!.latest;
  for (const x of t.actions.slice(0, 40))
    console.log(
      'T',
      x.ref,
      JSON.stringify(x.due),
      x.data.timescale,
      x.rating?.id,
      x.leadRoles.map((r) => r.id).join(','),
    );
  console.log(JSON.stringify(bundledGraph().authorityBySlug.get('torbay')!.data.roles));
});
