import { ROLE } from "./catalog";
import type { GdapRelationship, GdapStatus, Tenant, User, World } from "./types";

const DAY = 86_400_000;

/**
 * The status Graph reports at `nowMs`: stored lifecycle state plus time. Auto-extend
 * renews an ending relationship unless it holds Global Administrator (Microsoft blocks it).
 */
export function relationshipStatus(rel: GdapRelationship, nowMs: number): GdapStatus {
  if (rel.status !== "active" && rel.status !== "expiring") return rel.status;
  if (rel.endMs === null) return rel.status;
  const holdsGa = rel.accessDetails.unifiedRoles.some((r) => r.roleDefinitionId === ROLE.globalAdministrator);
  if (rel.endMs <= nowMs) {
    const extendDays = /^P(\d+)D$/.exec(rel.autoExtendDuration)?.[1];
    if (!extendDays || holdsGa) return "expired";
    while (rel.endMs <= nowMs) rel.endMs += Number(extendDays) * DAY;
  }
  return rel.endMs - nowMs < 30 * DAY && (rel.autoExtendDuration === "PT0S" || rel.autoExtendDuration === "P0D" || holdsGa) ? "expiring" : "active";
}

export function isRelationshipUsable(rel: GdapRelationship, nowMs: number): boolean {
  const s = relationshipStatus(rel, nowMs);
  return s === "active" || s === "expiring";
}

export interface DelegatedAccess {
  via: "gdap" | "dap" | "none";
  roleTemplateIds: Set<string>;
}

/** The directory roles a partner user holds inside a customer tenant through GDAP or legacy DAP. */
export function partnerAccess(world: World, partnerUserId: string, tenant: Tenant, nowMs: number): DelegatedAccess {
  const roles = new Set<string>();
  const groupsOfUser = new Set(
    [...world.partner.directory.groups.values()].filter((g) => g.members.has(partnerUserId)).map((g) => g.id),
  );
  for (const rel of world.gdapRelationships) {
    if (rel.customer.tenantId !== tenant.id || !isRelationshipUsable(rel, nowMs)) continue;
    for (const a of rel.accessAssignments) {
      if (a.status !== "active" || !groupsOfUser.has(a.accessContainer.accessContainerId)) continue;
      for (const r of a.accessDetails.unifiedRoles) roles.add(r.roleDefinitionId);
    }
  }
  if (roles.size) return { via: "gdap", roleTemplateIds: roles };
  if (world.contracts.some((c) => c.customerId === tenant.id)) {
    if (groupsOfUser.has(world.partnerGroups.adminAgents!)) roles.add(ROLE.globalAdministrator);
    if (groupsOfUser.has(world.partnerGroups.helpdeskAgents!)) roles.add(ROLE.helpdeskAdministrator);
    if (roles.size) return { via: "dap", roleTemplateIds: roles };
  }
  return { via: "none", roleTemplateIds: roles };
}

/** Directory roles a user holds in their own tenant (activated roles they are a member of). */
export function homeRoles(tenant: Tenant, user: User): Set<string> {
  return new Set(tenant.directory.directoryRoles.filter((r) => r.members.has(user.id)).map((r) => r.roleTemplateId));
}

export function findTenant(world: World, idOrDomain: string): Tenant | undefined {
  return world.tenantsById.get(idOrDomain.toLowerCase()) ?? world.tenantsByDomain.get(idOrDomain.toLowerCase());
}

export function findUser(tenant: Tenant, idOrUpn: string): User | undefined {
  const dir = tenant.directory;
  const byId = dir.users.get(idOrUpn);
  if (byId) return byId;
  const upn = idOrUpn.toLowerCase();
  for (const u of dir.users.values()) if (u.userPrincipalName.toLowerCase() === upn) return u;
  return undefined;
}
