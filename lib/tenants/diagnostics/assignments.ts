import { directoryRoleName } from "../../microsoft/graph/directory-roles";
import { listGroupMembers, type GroupMember } from "../../microsoft/graph/partner-groups";
import type { GraphClient } from "../../microsoft/graph/client";
import { isAppError } from "../../errors";
import { isMicrosoftLed, isUsable } from "../status";
import type { DiagnosticStep } from "../types";
import { missingAreas, type RelationshipInput } from "./gdap-checks";
import { failedCall, FIX, pass, problem } from "./steps";

/** Partner group members, read once per run (a bulk run checks the same few groups for every tenant). */
export type MemberCache = Map<string, Promise<GroupMember[]>>;

const MAX_NESTING = 3;

/** Whether the user (by UPN) is in the group, directly or through nested groups. */
async function isMember(graph: GraphClient, cache: MemberCache, groupId: string, upn: string, depth = 0): Promise<boolean> {
  let members = cache.get(groupId);
  if (!members) cache.set(groupId, (members = listGroupMembers(graph, groupId)));
  const list = await members;
  if (list.some((m) => m.type === "user" && m.userPrincipalName === upn)) return true;
  if (depth >= MAX_NESTING) return false;
  for (const g of list.filter((m) => m.type === "group")) if (await isMember(graph, cache, g.id, upn, depth + 1)) return true;
  return false;
}

/**
 * gdap.assignments: the relationship's roles are assigned to partner groups, and the partner admin
 * whose token Tenantry uses (SamConnection.connectedByUpn) is in at least one of them.
 */
export async function gdapAssignments(
  tenantId: string,
  rels: readonly RelationshipInput[],
  samUpn: string | null,
  partnerGraph: GraphClient,
  cache: MemberCache,
): Promise<DiagnosticStep> {
  const id = "gdap.assignments";
  const fixAction = FIX.gdap(tenantId);
  const all = rels.filter((r) => isUsable(r) && !isMicrosoftLed(r.displayName)).flatMap((r) => r.assignments);
  const active = all.filter((a) => a.status === "active");
  if (!active.length) {
    const pending = all.some((a) => a.status === "pending");
    return problem(id, "fail", pending ? "Access assignments are still pending: no partner group holds roles in this tenant yet." : "No access assignments: no partner group holds roles in this tenant.", {
      code: "GDAP_ACCESS_MISSING",
      fixIt: pending ? "Wait a few minutes for Microsoft to apply the assignments, then run the check again." : "Give partner security groups access assignments with the relationship's roles (GDAP → access assignments).",
      fixAction,
    });
  }
  if (!samUpn) return problem(id, "warn", "Tenantry does not know which partner admin connected, so membership could not be checked.", { fixIt: "Reconnect the partner account so Tenantry records who consented.", fixAction: FIX.reconnect() });
  const mine: typeof active = [];
  try {
    for (const a of active) if (await isMember(partnerGraph, cache, a.groupId, samUpn)) mine.push(a);
  } catch (e) {
    if (isAppError(e)) return { ...failedCall(id, tenantId, e), status: "warn", detail: `Partner group members could not be read: ${e.message}` };
    throw e;
  }
  const names = (list: typeof active) => [...new Set(list.map((a) => a.groupName ?? a.groupId))].join(", ");
  if (!mine.length) {
    return problem(id, "fail", `${samUpn} is in none of the assigned partner groups (${names(active)}).`, {
      code: "GDAP_ACCESS_MISSING",
      fixIt: `Add ${samUpn} to one of these partner security groups: ${names(active)} — or assign the roles to a group ${samUpn} is in.`,
      fixAction,
    });
  }
  const gaps = missingAreas(new Set(mine.flatMap((a) => a.roles))).filter((a) => !missingAreas(new Set(active.flatMap((x) => x.roles))).includes(a));
  if (gaps.length) {
    return problem(id, "warn", `${samUpn} gets roles through ${names(mine)}, but none for ${gaps.map((g) => g.label).join(", ")}.`, {
      fixIt: `Add ${samUpn} to the partner group assigned ${gaps.map((g) => directoryRoleName(g.needs)).join(", ")}.`,
      fixAction,
    });
  }
  return pass(id, `${samUpn} gets roles through ${names(mine)}.`);
}
