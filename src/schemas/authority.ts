import { z } from 'astro/zod';
import { slug } from './common.ts';

/**
 * A role or body a plan's lead column names ("Head of Service", "PeopleToo"), defined once per
 * authority: whether it leads an action or works with the lead is said by each action, not here.
 */
export const role = z.object({
  /** Stable id used by actions' `leadRoles`, e.g. "hos". */
  id: slug.describe("Stable id of the role, used in actions' leadRoles"),
  /** The role's name in full: "Head of Service". */
  name: z.string().min(1).describe('The role spelled out'),
  /** The abbreviation the documents use, if any: "HoS". */
  abbreviation: z.string().min(1).optional().describe('The abbreviation the documents use'),
});

/** A partner organisation named alongside the council (safeguarding board, NHS trust, police). */
export const partner = z.object({
  /** Name as the documents give it. */
  name: z.string().min(1).describe('Name of the partner organisation'),
});

/** A council whose children's services are under intervention. */
export const authority = z.object({
  /** The council's name: "Torbay Council". */
  name: z.string().min(1).describe("The council's name"),
  /** Short name used in headings and the register: "Torbay". */
  shortName: z.string().min(1).describe('Short name for headings'),
  /** Postal address as given on the improvement notice. */
  address: z.string().min(1).optional().describe('Postal address as the documents give it'),
  /** Partner organisations named in the documents. */
  partners: z.array(partner).default([]).describe('Partners named in the documents'),
  /** Roles and bodies named in the lead column of plan actions: as the lead, or beside it. */
  roles: z
    .array(role)
    .default([])
    .describe(
      'Roles and bodies named in the lead column of plan actions, as the lead or as working with it (each action says which)',
    ),
});

export type Authority = z.infer<typeof authority>;
export type Role = z.infer<typeof role>;
