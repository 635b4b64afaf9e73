import { documentRefPattern } from '../../schemas/statement.ts';
import { comparePlanVersions, type ContentSet, type Entry } from '../content/content.ts';
import { compareDates } from '../derivations/dates.ts';
import { describePath, show, type Problem } from '../content/problems.ts';
import { templateBodyProblems } from '../content/publication.ts';

type Report = (entry: Entry<unknown>, path: readonly PropertyKey[], message: string) => void;

/** Lists values as a reader expects: "1, 2 and 3". */
function list(values: readonly (string | number)[], conjunction: 'and' | 'or' = 'and'): string {
  const shown = values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));
  return shown.length <= 1 ? (shown[0] ?? 'none') : `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown.at(-1)}`;
}

/** Describes a run of numbers compactly: "1–16", "18, 19, 21–25". */
export function ranges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j;
  }
  return parts.join(', ') || 'none';
}

/**
 * Recommendation ids in the report's order, numbers as ranges: "1–16", "a, b, c", "1.1, 2.1".
 * All-numeric lists keep the range form; anything else is listed.
 */
export function idList(ids: readonly string[]): string {
  if (ids.length > 0 && ids.every((id) => /^\d+$/.test(id))) return ranges(ids.map(Number));
  return ids.length > 0 ? [...new Set(ids)].join(', ') : 'none';
}

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const dupes = new Set<T>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes];
}

/**
 * Checks every cross-reference and cross-field rule that a per-file schema cannot:
 * references resolve, ids are unique, actions sit in one objective, ratings are in the
 * version's scale, and the plan's own figures agree with the data. Returns every problem found.
 */
export function checkIntegrity(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (entry, path, message) =>
    problems.push({ file: entry.file, path: describePath(entry.data, path), message });

  // Scaffold text ("EDIT: …", from npm run new) must be replaced by the source's words before publishing.
  for (const entries of Object.values(content) as Entry<unknown>[][]) {
    for (const entry of entries) {
      const visit = (value: unknown, path: PropertyKey[]): void => {
        if (typeof value === 'string' && value.startsWith('EDIT:')) {
          report(
            entry,
            path,
            `still has the text npm run new put there (${JSON.stringify(value)}): replace it with the source's words, or, where the source does not give it, remove it and say so (notInSource, or the field's own "not given" form)`,
          );
        } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
      };
      visit(entry.data, []);
      if (entry.body?.includes('EDIT:'))
        report(
          entry,
          [],
          'its text below the frontmatter still has the text npm run new put there ("EDIT: …"): replace it with the source\'s words',
        );
    }
  }

  const authorities = new Map(content.authorities.map((e) => [e.id, e]));
  const bySlug = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));
  const inspections = bySlug(content.inspections);
  const visits = bySlug(content.monitoringVisits);
  const notices = bySlug(content.notices);
  const indicators = bySlug(content.indicators);
  const plans = bySlug(content.plans);
  const outlines = bySlug(content.planOutlines);
  const versions = bySlug(content.planVersions);
  const authorityOf = (id: string) => id.split('/')[0]!;
  const slugsIn = (map: Map<string, unknown>, authority: string) =>
    [...map.keys()].filter((k) => authorityOf(k) === authority).map((k) => k.slice(authority.length + 1));
  const mustExist = (
    entry: Entry<unknown>,
    path: readonly PropertyKey[],
    map: Map<string, unknown>,
    slug: string,
    what: string,
    folder: string,
  ) => {
    const authority = authorityOf(entry.id);
    if (map.has(`${authority}/${slug}`)) return true;
    const known = slugsIn(map, authority);
    report(
      entry,
      path,
      `no ${what} "${slug}" exists for ${authority}${known.length ? `: known ${what}s are ${list(known)}` : ''}. Add src/content/${folder}/${authority}/${slug}.json or correct the id`,
    );
    return false;
  };

  // Every document belongs to an authority that exists.
  const all: [string, Entry<unknown>[]][] = [
    ['inspections', content.inspections],
    ['monitoring-visits', content.monitoringVisits],
    ['notices', content.notices],
    ['indicators', content.indicators],
    ['plans', content.plans],
    ['plan-versions', content.planVersions],
    ['plan-versions', content.planOutlines],
    ['peer-reviews', content.peerReviews],
    ['statements', content.statements],
    ['figures', content.figures],
  ];
  for (const [, entries] of all) {
    for (const entry of entries) {
      const authority = authorityOf(entry.id);
      if (!authorities.has(authority)) {
        report(
          entry,
          [],
          `it is filed under "${authority}", but no authority "${authority}" exists: known authorities are ${list([...authorities.keys()])}. Add src/content/authorities/${authority}.json or move the file`,
        );
      }
    }
  }

  for (const entry of content.glossary) {
    for (const term of duplicates(entry.data.terms.map((t) => t.term.toLowerCase()))) {
      report(entry, ['terms'], `the term "${term}" is defined more than once: keep one definition`);
    }
  }

  for (const entry of content.authorities) {
    for (const id of duplicates(entry.data.roles.map((r) => r.id))) {
      report(entry, ['roles'], `role id "${id}" is used more than once: each role needs its own id`);
    }
  }

  for (const entry of content.inspections) {
    const { recommendations, paragraphs, recommendationCount } = entry.data;
    for (const id of duplicates(recommendations.map((r) => r.id))) {
      report(entry, ['recommendations'], `recommendation "${id}" appears more than once: each id must be unique`);
    }
    for (const n of duplicates(paragraphs.map((p) => p.number))) {
      report(entry, ['paragraphs'], `paragraph ${n} appears more than once: each number must be unique`);
    }
    if (recommendationCount !== undefined && recommendationCount < recommendations.length) {
      report(
        entry,
        ['recommendationCount'],
        `says the report has ${recommendationCount} recommendations, but ${recommendations.length} are listed (${idList(recommendations.map((r) => r.id))}): the count is the report's total, so it cannot be fewer than those listed`,
      );
    }
    recommendations.forEach((r, i) => {
      if (r.repeatedFrom !== undefined) {
        if (!r.repeated)
          report(
            entry,
            ['recommendations', i, 'repeatedFrom'],
            `names an earlier report but "repeated" is false: set "repeated": true or remove repeatedFrom`,
          );
        if (
          mustExist(
            entry,
            ['recommendations', i, 'repeatedFrom'],
            inspections,
            r.repeatedFrom,
            'inspection',
            'inspections',
          )
        ) {
          const earlier = inspections.get(`${authorityOf(entry.id)}/${r.repeatedFrom}`)!;
          const date = (d: typeof entry.data) => d.fieldworkStart ?? d.published ?? '';
          if (compareDates(date(earlier.data), date(entry.data)) >= 0) {
            report(
              entry,
              ['recommendations', i, 'repeatedFrom'],
              `"${r.repeatedFrom}" is not earlier than this inspection: a recommendation can only be repeated from an earlier report`,
            );
          }
        }
      }
    });
  }

  for (const entry of content.monitoringVisits) {
    mustExist(entry, ['inspection'], inspections, entry.data.inspection, 'inspection', 'inspections');
  }

  for (const entry of content.notices) {
    const d = entry.data;
    if (d.inspection !== undefined)
      mustExist(entry, ['inspection'], inspections, d.inspection, 'inspection', 'inspections');
    if (d.inspection === undefined && d.restsOn.length === 0) {
      report(
        entry,
        ['inspection'],
        'say what the notice rests on: give "inspection" (the id of an inspection published here), "restsOn" (the documents it names), or both',
      );
    }
    d.restsOn.forEach((r, i) => {
      if (r.inspection !== undefined)
        mustExist(entry, ['restsOn', i, 'inspection'], inspections, r.inspection, 'inspection', 'inspections');
    });
    if (d.measures.length === 0 && d.notInSource.measures === undefined) {
      report(
        entry,
        ['measures'],
        'the notice lists no measures: add them, or, where the source does not give them, say why in notInSource.measures (e.g. "Only page 1 of 4 of the notice is in the sources.")',
      );
    }
    for (const field of ['issuedBy', 'addressee', 'area', 'basis', 'consequence'] as const) {
      if (d[field] === undefined && d.notInSource[field] === undefined) {
        report(
          entry,
          [field],
          `missing: give the ${field} in the notice's words, or, where the source does not give it, say why in notInSource.${field}`,
        );
      }
      if (d[field] !== undefined && d.notInSource[field] !== undefined) {
        report(
          entry,
          ['notInSource', field],
          `${field} is given, so it cannot also be "not in the source": remove one`,
        );
      }
    }
    if (d.measures.length > 0 && d.notInSource.measures !== undefined) {
      report(
        entry,
        ['notInSource', 'measures'],
        'measures are listed, so they cannot also be "not in the source": remove one, or say in "part" which part of the document the sources give',
      );
    }
    if (d.statutory !== undefined && d.notInSource.statutory !== undefined) {
      report(
        entry,
        ['notInSource', 'statutory'],
        'statutory is given, so it cannot also be "not in the source": remove one',
      );
    }
    if (d.follows !== undefined && mustExist(entry, ['follows'], notices, d.follows, 'notice', 'notices')) {
      const earlier = notices.get(`${authorityOf(entry.id)}/${d.follows}`)! as Entry<typeof d>;
      if (earlier.id === entry.id || compareDates(earlier.data.issued, d.issued) > 0) {
        report(
          entry,
          ['follows'],
          `"${d.follows}" was not issued before this notice: a notice can only follow an earlier one`,
        );
      }
    }
    if (d.appoints.length > 0 && d.kind !== 'direction') {
      report(
        entry,
        ['appoints'],
        'only a direction appoints a commissioner or a trust: set "kind": "direction", or move the appointment to the direction',
      );
    }
    d.life.forEach((event, i) => {
      if (
        compareDates(event.date, d.issued) < 0 &&
        !(event.date.startsWith(d.issued) || d.issued.startsWith(event.date))
      ) {
        report(
          entry,
          ['life', i, 'date'],
          `${event.event} on ${event.date}, before the notice was issued (${d.issued}): correct the date`,
        );
      }
      if (event.replacedBy !== undefined) {
        if (event.event !== 'replaced')
          report(
            entry,
            ['life', i, 'replacedBy'],
            `only a "replaced" event names what replaced the notice: this event is "${event.event}"`,
          );
        mustExist(entry, ['life', i, 'replacedBy'], notices, event.replacedBy, 'notice', 'notices');
      }
      const earlier = d.life[i - 1];
      if (earlier && compareDates(event.date, earlier.date) < 0) {
        report(entry, ['life', i, 'date'], 'list the events oldest first');
      }
      if (earlier && (earlier.event === 'lifted' || earlier.event === 'replaced' || earlier.event === 'revoked')) {
        report(
          entry,
          ['life', i, 'event'],
          `the notice was already ${earlier.event} on ${earlier.date}: nothing can happen to it afterwards`,
        );
      }
    });
    entry.data.measures.forEach((m, i) => {
      if (m.indicator !== undefined)
        mustExist(entry, ['measures', i, 'indicator'], indicators, m.indicator, 'indicator', 'indicators');
      if (m.targets.length > 0 && m.indicator === undefined) {
        report(
          entry,
          ['measures', i, 'indicator'],
          'this measure has targets but no indicator: name the indicator its targets are expressed in',
        );
      }
    });
  }

  for (const entry of content.plans) {
    mustExist(entry, ['inspection'], inspections, entry.data.inspection, 'inspection', 'inspections');
    entry.data.restsOn.forEach((r, i) => {
      if (r.inspection !== undefined)
        mustExist(entry, ['restsOn', i, 'inspection'], inspections, r.inspection, 'inspection', 'inspections');
    });
  }

  for (const entry of content.indicators) {
    const d = entry.data;
    if (d.unit === 'rate' && (d.per === undefined || d.population === undefined)) {
      report(
        entry,
        [d.per === undefined ? 'per' : 'population'],
        'a rate needs "per" (e.g. 10000) and "population" (e.g. "children aged under 18"), so the site can say "per 10,000 children aged under 18"',
      );
    }
    if (d.unit !== 'rate' && (d.per !== undefined || d.population !== undefined)) {
      report(
        entry,
        [d.per !== undefined ? 'per' : 'population'],
        `only a rate has "per" and "population": this indicator's unit is "${d.unit}"`,
      );
    }
    d.targets.forEach((t, i) => {
      if (t.setBy.kind === 'plan-version') {
        if (t.setBy.planVersion === undefined)
          report(
            entry,
            ['targets', i, 'setBy', 'planVersion'],
            'name the plan version that sets the target: "<plan>/<version>", e.g. "improvement-plan/v1"',
          );
        else if (!versions.has(`${authorityOf(entry.id)}/${t.setBy.planVersion}`)) {
          report(
            entry,
            ['targets', i, 'setBy', 'planVersion'],
            `no plan version "${t.setBy.planVersion}" exists for ${authorityOf(entry.id)}: known versions are ${list(slugsIn(versions, authorityOf(entry.id)))}`,
          );
        }
      }
      if (t.value === undefined && t.valueText === undefined)
        report(
          entry,
          ['targets', i, 'value'],
          "give the value (a number), or the source's words in valueText where it gives no number",
        );
    });
  }
  for (const entry of content.notices) {
    entry.data.measures.forEach((m, i) =>
      m.targets.forEach((t, j) => {
        if (t.value === undefined && t.valueText === undefined)
          report(
            entry,
            ['measures', i, 'targets', j, 'value'],
            "give the value (a number), or the source's words in valueText where it gives no number",
          );
      }),
    );
  }

  for (const entry of content.planVersions) {
    const planKey = entry.id.split('/').slice(0, 2).join('/');
    if (!plans.has(planKey)) {
      report(
        entry,
        [],
        `it is a version of plan "${planKey}", which does not exist: add src/content/plans/${planKey}.json`,
      );
    }
    if (!outlines.has(entry.id)) {
      report(
        entry,
        [],
        `has no table of themes, objectives and actions: add src/content/plan-versions/${entry.id}.json beside it`,
      );
    }
    for (const id of duplicates((entry.data.ratingScale?.ratings ?? []).map((r) => r.id))) {
      report(entry, ['ratingScale', 'ratings'], `rating "${id}" is defined more than once`);
    }
    for (const n of duplicates(entry.data.stages.map((s) => s.number))) {
      report(entry, ['stages'], `stage ${n} appears more than once`);
    }
  }

  for (const entry of content.planOutlines) {
    const version = versions.get(entry.id);
    if (!version) {
      report(
        entry,
        [],
        `is a plan table with no version beside it: add src/content/plan-versions/${entry.id}.mdx (the version's date, rating scale and introduction)`,
      );
      continue;
    }
    const planKey = entry.id.split('/').slice(0, 2).join('/');
    const plan = plans.get(planKey);
    if (!plan) continue;
    checkOutline(entry, version, plan.data.inspection, { inspections, visits, authorities }, report);
  }

  for (const entry of content.figures) {
    if (!indicators.has(entry.id)) {
      const authority = authorityOf(entry.id);
      report(
        entry,
        [],
        `these figures are for indicator "${entry.id.slice(authority.length + 1)}", which does not exist for ${authority}: known indicators are ${list(slugsIn(indicators, authority))}. Name the file after an indicator in src/content/indicators/${authority}/`,
      );
    }
    const periods = entry.data.figures.map((f) => `${f.period} ${f.basis}`);
    for (const period of duplicates(periods)) {
      report(
        entry,
        ['figures'],
        `there are two ${period.replace(' ', ' figures on the ')} basis: keep one figure per period and basis`,
      );
    }
  }

  // A renumbered action names a reference that the previous version of its plan has.
  const byPlan = new Map<string, typeof content.planVersions>();
  for (const entry of content.planVersions) {
    const planKey = entry.id.split('/').slice(0, 2).join('/');
    byPlan.set(planKey, [...(byPlan.get(planKey) ?? []), entry]);
  }
  for (const entries of byPlan.values()) {
    const ordered = [...entries].sort(comparePlanVersions);
    ordered.forEach((entry, i) => {
      const outline = outlines.get(entry.id);
      if (!outline) return;
      const previous = i > 0 ? outlines.get(ordered[i - 1]!.id) : undefined;
      const previousRefs = new Set(
        previous?.data.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions.map((a) => a.ref))),
      );
      outline.data.themes.forEach((theme, t) =>
        theme.objectives.forEach((objective, o) =>
          objective.actions.forEach((action, x) => {
            if (action.previousRef === undefined || previousRefs.has(action.previousRef)) return;
            report(
              outline,
              ['themes', t, 'objectives', o, 'actions', x, 'previousRef'],
              previous
                ? `action ${action.previousRef} is not in the previous version (${ordered[i - 1]!.id}): previousRef must name an action of that version`
                : "this is the plan's first version, so no action can have been renumbered: remove previousRef",
            );
          }),
        ),
      );
    });
  }

  for (const entry of content.peerReviews) {
    if (entry.data.notice !== undefined) mustExist(entry, ['notice'], notices, entry.data.notice, 'notice', 'notices');
  }

  const targets: Record<string, Map<string, unknown>> = {
    inspections,
    'monitoring-visits': visits,
    notices,
    plans,
    'peer-reviews': bySlug(content.peerReviews),
    statements: bySlug(content.statements),
  };
  for (const entry of content.statements) {
    entry.data.about.forEach((ref, i) => {
      if (!documentRefPattern.test(ref)) return;
      const [type, slug] = ref.split('/') as [string, string];
      mustExist(entry, ['about', i], targets[type]!, slug, type.replace(/s$/, '').replace('-', ' '), type);
    });
  }
  // A statement's body still holding the scaffold's example text.
  problems.push(...templateBodyProblems(content.statements));
  return problems;
}

function checkOutline(
  entry: Entry<import('../../schemas/plan-outline.ts').PlanOutline>,
  version: Entry<import('../../schemas/plan-version.ts').PlanVersion>,
  inspectionSlug: string,
  maps: {
    inspections: Map<string, Entry<import('../../schemas/inspection.ts').Inspection>>;
    visits: Map<string, Entry<unknown>>;
    authorities: Map<string, Entry<import('../../schemas/authority.ts').Authority>>;
  },
  report: Report,
): void {
  const authority = entry.id.split('/')[0]!;
  const inspection = maps.inspections.get(`${authority}/${inspectionSlug}`);
  const recommendationIds = new Set(inspection?.data.recommendations.map((r) => r.id));
  const repeated = new Set(inspection?.data.recommendations.filter((r) => r.repeated).map((r) => r.id));
  const paragraphNumbers = new Set(inspection?.data.paragraphs.map((p) => p.number));
  const roles = new Set(maps.authorities.get(authority)?.data.roles.map((r) => r.id));
  const ratings = (version.data.ratingScale?.ratings ?? []).map((r) => r.id);
  const visitSlugs = [...maps.visits.keys()]
    .filter((k) => k.startsWith(`${authority}/`))
    .map((k) => k.slice(authority.length + 1));
  const inspectionFile = inspection?.file ?? `src/content/inspections/${authority}/${inspectionSlug}.json`;

  const checkVisits = (path: PropertyKey[], slugs: readonly string[]) =>
    slugs.forEach((slug, i) => {
      if (!visitSlugs.includes(slug)) {
        report(
          entry,
          [...path, i],
          `no monitoring visit "${slug}" exists for ${authority}: known visits are ${list(visitSlugs)}. Add src/content/monitoring-visits/${authority}/${slug}.json or correct the id`,
        );
      }
    });

  const themeRefs: string[] = [];
  const objectiveRefs: string[] = [];
  const actionPlaces = new Map<string, string>();
  entry.data.themes.forEach((theme, t) => {
    themeRefs.push(theme.ref);
    theme.objectives.forEach((objective, o) => {
      const oPath = ['themes', t, 'objectives', o];
      objectiveRefs.push(objective.ref);
      if (!objective.ref.startsWith(`${theme.ref}.`)) {
        report(
          entry,
          [...oPath, 'ref'],
          `objective ${objective.ref} is listed under theme ${theme.ref}: its reference should start "${theme.ref}."`,
        );
      }
      objective.aims.forEach((aim, a) => {
        const aPath = [...oPath, 'aims', a];
        aim.recommendations.forEach((n, i) => {
          if (!recommendationIds.has(n)) {
            report(
              entry,
              [...aPath, 'recommendations', i],
              `recommendation ${n} does not exist: the plan's report "${inspectionSlug}" has recommendations ${idList([...recommendationIds])} (${inspectionFile})`,
            );
          } else if (aim.repeated && !repeated.has(n)) {
            report(
              entry,
              [...aPath, 'repeated'],
              `the plan marks recommendation ${n} "repeated", but ${inspectionFile} does not: set "repeated": true there, or false here`,
            );
          }
        });
        checkVisits([...aPath, 'monitoringVisits'], aim.monitoringVisits);
      });
      objective.actions.forEach((action, x) => {
        const xPath = [...oPath, 'actions', x];
        const place = `objective ${objective.ref}`;
        const earlier = actionPlaces.get(action.ref);
        if (earlier) {
          report(
            entry,
            [...xPath, 'ref'],
            `action ${action.ref} appears in ${earlier} and again in ${place}: an action belongs to one objective; remove one or give it a new reference`,
          );
        } else {
          actionPlaces.set(action.ref, place);
        }
        if (!action.ref.startsWith(`${objective.ref}.`)) {
          report(
            entry,
            [...xPath, 'ref'],
            `action ${action.ref} is listed under objective ${objective.ref}: its reference should start "${objective.ref}."`,
          );
        }
        if (action.desiredOutcome.length === 0 && action.notInSource.desiredOutcome === undefined) {
          report(
            entry,
            [...xPath, 'desiredOutcome'],
            "is empty: give the desired outcome in the plan's words, or, where the source does not give it, say why in notInSource.desiredOutcome",
          );
        }
        if (action.rag !== null && !version.data.ratingScale) {
          report(
            entry,
            [...xPath, 'rag'],
            `${show(action.rag)}: this version has no rating column (no ratingScale in ${version.file}): use null, or add the plan's rating scale`,
          );
        } else if (action.rag !== null && !ratings.includes(action.rag)) {
          report(
            entry,
            [...xPath, 'rag'],
            `${show(action.rag)} is not a rating of this version's ${version.data.ratingScale!.name} scale: use one of ${list(ratings, 'or')}, or null for not yet rated`,
          );
        }
        action.leadRoles.forEach((id, i) => {
          if (!roles.has(id)) {
            report(
              entry,
              [...xPath, 'leadRoles', i],
              `no role "${id}" is defined for ${authority}: add it to src/content/authorities/${authority}.json roles, or use one of ${list([...roles], 'or')}`,
            );
          }
        });
        (action.partners ?? []).forEach((partner, i) => {
          if (!roles.has(partner.role)) {
            report(
              entry,
              [...xPath, 'partners', i, 'role'],
              `no role "${partner.role}" is defined for ${authority}: add it to src/content/authorities/${authority}.json roles, or use one of ${list([...roles], 'or')}`,
            );
          }
          if (!action.lead.includes(partner.words)) {
            report(
              entry,
              [...xPath, 'partners', i, 'words'],
              `${show(partner.words)} is not part of the lead ${show(action.lead)}: copy the words that name the role from the lead exactly`,
            );
          }
        });
        action.paragraphs.forEach((n, i) => {
          if (!paragraphNumbers.has(n)) {
            report(
              entry,
              [...xPath, 'paragraphs', i],
              `paragraph ${n} is not recorded for the report "${inspectionSlug}": its recorded paragraphs are ${ranges([...paragraphNumbers])}. Add paragraph ${n} to ${inspectionFile} or correct the number`,
            );
          }
        });
        checkVisits([...xPath, 'monitoringVisits'], action.monitoringVisits);
      });
    });
  });
  for (const ref of duplicates(themeRefs)) report(entry, ['themes'], `theme ${ref} appears more than once`);
  for (const ref of duplicates(objectiveRefs))
    report(entry, ['themes'], `objective ${ref} appears more than once: an objective belongs to one theme`);

  const claims = version.data.claims;
  if (claims.repeatedRecommendations !== undefined && inspection && claims.repeatedRecommendations !== repeated.size) {
    report(
      version,
      ['claims', 'repeatedRecommendations'],
      `the plan says ${claims.repeatedRecommendations} repeated recommendations, but ${inspection.file} marks ${repeated.size} as repeated (${idList([...repeated])}): correct the claim or the "repeated" marks`,
    );
  }
  const recommendationTotal = inspection?.data.recommendationCount ?? recommendationIds.size;
  if (claims.recommendations !== undefined && inspection && claims.recommendations !== recommendationTotal) {
    report(
      version,
      ['claims', 'recommendations'],
      `the plan says the report has ${claims.recommendations} recommendations, but ${inspection.file} ${inspection.data.recommendationCount !== undefined ? 'gives recommendationCount' : 'lists'} ${recommendationTotal}`,
    );
  }
  if (claims.themes !== undefined && claims.themes !== entry.data.themes.length) {
    report(
      version,
      ['claims', 'themes'],
      `the plan says it has ${claims.themes} themes, but its table has ${entry.data.themes.length}`,
    );
  }
}
