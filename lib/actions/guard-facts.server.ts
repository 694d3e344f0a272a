import type { Role } from "@/lib/auth/roles";
import { BREAK_GLASS_PATTERN, evaluateGuards, GUARDS, guardsCanRefuse, type GuardId, type TargetFacts } from "@/lib/authz/guards";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { GraphClient } from "@/lib/microsoft/graph/client";
import { getUser, userDirectoryRoles, type DirectoryUser } from "@/lib/microsoft/graph/users";
import type { AnyActionDefinition } from "./types";

interface FactsContext {
  prisma: PrismaClient;
  graph: GraphClient;
  tenantId: string;
  /** users read here are kept for the action body, keyed by the input's reference */
  users: Map<string, DirectoryUser>;
}

/**
 * The first guard refusing `role` this target, or null. Facts are read from the tenant itself at
 * run time, never from a cache: an ordinary user promoted to Global Administrator a minute ago is
 * an admin now. Tenant-level guards decide first, so they refuse without any Microsoft call.
 */
export async function guardRefusal(ctx: FactsContext, def: AnyActionDefinition, input: Record<string, unknown>, role: Role) {
  const ids: readonly GuardId[] = def.guards;
  if (!guardsCanRefuse(ids, role)) return null;
  const facts: TargetFacts = { target: null, directoryRoles: [], protectedBy: null, partnerTenant: false };
  if (ids.includes("partner_tenant")) {
    const conn = await ctx.prisma.samConnection.findUnique({ where: { id: 1 }, select: { partnerTenantId: true } });
    facts.partnerTenant = conn?.partnerTenantId.toLowerCase() === ctx.tenantId;
  }
  const early = evaluateGuards(ids.filter((id) => !GUARDS[id].needsTarget), role, facts);
  if (early || !ids.some((id) => GUARDS[id].needsTarget)) return early;
  if (def.target.kind !== "user" || !def.target.field) {
    throw new AppError("INTERNAL", `Object guards for ${def.target.kind} targets are not implemented (${def.id}).`);
  }
  const ref = String(input[def.target.field]);
  const user = await getUser(ctx.graph, ref);
  ctx.users.set(ref, user);
  facts.target = { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName };
  if (ids.includes("privileged_target")) facts.directoryRoles = await userDirectoryRoles(ctx.graph, user.id);
  if (ids.includes("protected_account")) facts.protectedBy = await protectedBy(ctx, user);
  return evaluateGuards(ids, role, facts);
}

async function protectedBy(ctx: FactsContext, user: DirectoryUser): Promise<TargetFacts["protectedBy"]> {
  const accounts = [user.id.toLowerCase(), user.userPrincipalName.toLowerCase()];
  const listed = await ctx.prisma.protectedAccount.findFirst({ where: { tenantId: ctx.tenantId, account: { in: accounts } } });
  if (listed) return { source: "list", reason: listed.reason ? `on this tenant's protected list: ${listed.reason}` : "on this tenant's protected list" };
  const names = [user.userPrincipalName.split("@")[0] ?? "", user.mailNickname ?? "", user.displayName];
  if (names.some((n) => BREAK_GLASS_PATTERN.test(n))) return { source: "pattern", reason: "its name marks it as a break-glass account" };
  return null;
}
