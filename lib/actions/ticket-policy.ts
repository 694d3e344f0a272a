import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/types";
import { loadSetting } from "@/lib/settings/load";

// Which requesters must name the ticket an action answers (issue 5: "required when an admin
// setting says so"). Keyed by role because that is how the service desk differs from engineers;
// API keys carry a role too, so a PSA integration acting as service desk records its ticket as well.
// Client-safe: the settings form reads the schema and the labels.

export const TICKET_POLICY_SETTING = "actions.ticket_required";

export const ticketPolicySchema = z.strictObject({
  /** a ticket is required for actions requested by these roles */
  roles: z
    .array(z.enum(ROLES, "must be one of admin, technician, service_desk, read_only"))
    .max(ROLES.length)
    .refine((roles) => new Set(roles).size === roles.length, "lists a role twice")
    // stored in rank order, so saving the same choice twice is recognised as no change
    .transform((roles) => ROLES.filter((r) => roles.includes(r))),
});
export type TicketPolicy = z.infer<typeof ticketPolicySchema>;

export const NO_TICKET_POLICY: TicketPolicy = { roles: [] };

/** The stored policy; an unreadable one requires a ticket from everyone rather than from no one. */
export const loadTicketPolicy = (db: Db): Promise<TicketPolicy> =>
  loadSetting(db, TICKET_POLICY_SETTING, ticketPolicySchema, { missing: NO_TICKET_POLICY, unreadable: { roles: [...ROLES] } });

/** Must this caller give a ticket? Pure. */
export const ticketRequired = (actor: Pick<Actor, "role">, policy: TicketPolicy): boolean => policy.roles.includes(actor.role);

/** The field error a request without one gets. */
export const missingTicket = (role: Role) => `is required: ${ROLE_LABELS[role].toLowerCase()} requests must name the ticket they answer`;
