/** The leads page: who is accountable for what, and who else the plan names, in its own words. */
import type { Role } from '../../schemas/authority.ts';
import type { Graph, PlanNode } from '../graph/graph.ts';
import { plural } from '../derivations/labels.ts';
import { actionsByLead } from '../derivations/leads.ts';
import { compareRefs } from '../derivations/overdue.ts';
import { actionRow, link, planCrumbs, type ActionRow, type Crumb, type Line } from './common.ts';

export interface LeadGroupView {
  anchor: string;
  heading: string;
  count: string;
  caption: string;
  rows: ActionRow[];
}

export interface PartnerGroupView {
  anchor: string;
  heading: string;
  count: string;
  /** Each action with the plan's words that name the role, and the line the page shows for it. */
  actions: { row: ActionRow; words: string; line: Line }[];
}

export interface LeadsView {
  title: string;
  breadcrumbs: Crumb[];
  caption: string;
  heading: string;
  lead: string;
  contentsLabel: string;
  groups: LeadGroupView[];
  partnersHeading: string;
  partnersLead: string;
  partners: PartnerGroupView[];
}

const roleName = (role: Role) => (role.abbreviation ? `${role.name} (${role.abbreviation})` : role.name);

/** Everything the leads page of a plan says, from its latest version. */
export function leadsView(_graph: Graph, plan: PlanNode): LeadsView {
  const version = plan.latest;
  const roles = plan.authority.data.roles;
  const groups = actionsByLead(version.actions, roles).map((g) => ({
    anchor: `lead-${g.role.id}`,
    heading: roleName(g.role),
    count: plural(g.actions.length, 'action'),
    caption: `Actions led by ${g.role.name}: ${plural(g.actions.length, 'action')}`,
    rows: g.actions.map((a) => actionRow(a)),
  }));
  // Actions whose lead is not in the source are listed under that heading, never left out.
  const unled = version.actions.filter((a) => a.data.lead === undefined).sort((a, b) => compareRefs(a.ref, b.ref));
  if (unled.length > 0)
    groups.push({
      anchor: 'lead-not-in-source',
      heading: 'Lead not in the source',
      count: plural(unled.length, 'action'),
      caption: `Actions whose lead the source does not give: ${plural(unled.length, 'action')}`,
      rows: unled.map((a) => actionRow(a)),
    });
  const partners = roles
    .map((role) => {
      const actions = version.actions
        .flatMap((a) =>
          (a.data.partners ?? []).filter((p) => p.role === role.id).map((p) => ({ action: a, words: p.words })),
        )
        .sort((a, b) => compareRefs(a.action.ref, b.action.ref));
      return {
        anchor: `named-${role.id}`,
        heading: roleName(role),
        count: plural(actions.length, 'action'),
        actions: actions.map(({ action, words }) => ({
          row: actionRow(action),
          words: `“${words}”`,
          line: [
            link(`Action ${action.ref}`, action),
            `: the plan names ${role.name} in its lead as “${words}”. Lead: “${action.data.lead ?? ''}”.`,
          ],
        })),
      };
    })
    .filter((g) => g.actions.length > 0);
  return {
    title: `Actions by lead role, ${plan.data.title}`,
    breadcrumbs: planCrumbs(plan),
    caption: `${plan.data.title}, ${version.data.label}`,
    heading: 'Actions by lead role',
    lead: 'Who is answerable for what. An action led jointly appears under each role its lead names as lead. Roles the plan names in another part ("in conjunction with", "to deliver", "when necessary") are listed apart, in the plan\'s words.',
    contentsLabel: 'Lead roles',
    groups,
    partnersHeading: 'Named in a lead, not as lead',
    partnersLead:
      'The plan names these roles in the lead of an action but not as its lead. Its words for their part are quoted.',
    partners,
  };
}
