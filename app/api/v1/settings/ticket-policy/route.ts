import { apiRoute } from "@/lib/api/handler";
import { loadTicketPolicy, NO_TICKET_POLICY, TICKET_POLICY_SETTING, ticketPolicySchema } from "@/lib/actions/ticket-policy";
import { rolesWith } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db/client";
import { saveSetting } from "@/lib/settings/save";

const admins = { roles: rolesWith("settings.manage") };

/** Which roles must give a ticket reference with every action (lib/actions/ticket-policy.ts). */
export const GET = apiRoute(admins, async () => ({ policy: await loadTicketPolicy(prisma) }));

export const PUT = apiRoute(admins, async ({ actor, body }) => {
  const policy = await body(ticketPolicySchema);
  const { changed } = await saveSetting(prisma, actor, TICKET_POLICY_SETTING, policy, NO_TICKET_POLICY);
  return { policy, changed };
});
