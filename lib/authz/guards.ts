import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { DIRECTORY_ROLE, directoryRoleName } from "@/lib/microsoft/graph/directory-roles";

/**
 * Object guards as data: who may act on WHAT, on top of what they may do (permissions). Checked by
 * the executor against live tenant state at run time (lib/actions/guard-facts.server.ts) and read
 * by the UI to explain a refusal. Client-safe. Admins are never restricted by a guard.
 */

/** Directory roles only admins may touch: anyone holding one can take over the tenant. */
export const TIER0_DIRECTORY_ROLES: readonly string[] = [
  DIRECTORY_ROLE.globalAdministrator,
  DIRECTORY_ROLE.privilegedRoleAdministrator,
  DIRECTORY_ROLE.privilegedAuthenticationAdministrator,
];

/** Names that mark an emergency-access account even when nobody listed it (UPN, nickname, display name). */
export const BREAK_GLASS_PATTERN = /break[\s._-]?glass|emergency[\s._-]?access|^bg[._-]?admin/i;

/** What the executor reads from the tenant before a guarded action runs. */
export interface TargetFacts {
  target: { id: string; userPrincipalName: string; displayName: string } | null;
  /** activated directory roles the target holds (memberOf) */
  directoryRoles: { roleTemplateId: string; displayName: string }[];
  /** why the target is protected, when it is */
  protectedBy: { source: "list" | "pattern"; reason: string } | null;
  partnerTenant: boolean;
}

interface Guard {
  title: string;
  /** the rule in words, for settings pages and the action dialog */
  description: string;
  /** does it need a target object's facts (Graph reads), or only the tenant's */
  needsTarget: boolean;
  /** the plain explanation when it refuses `role`, or null when it lets it through */
  check(role: Role, facts: TargetFacts): string | null;
}

const who = (f: TargetFacts) => (f.target ? `${f.target.displayName} (${f.target.userPrincipalName})` : "This account");
const restricted = (role: Role, roles: readonly Role[]) => role !== "admin" && roles.includes(role);

export const GUARDS = {
  privileged_target: {
    title: "Admin accounts",
    description:
      "Service desk cannot act on anyone holding an admin role in the customer tenant. Technicians cannot act on Global, Privileged Role or Privileged Authentication Administrators.",
    needsTarget: true,
    check(role, f) {
      const held =
        role === "technician" ? f.directoryRoles.filter((r) => TIER0_DIRECTORY_ROLES.includes(r.roleTemplateId)) : role === "admin" ? [] : f.directoryRoles;
      if (!held.length) return null;
      const names = [...new Set(held.map((r) => r.displayName || directoryRoleName(r.roleTemplateId)))].join(", ");
      const ask = role === "technician" ? "an admin" : "a technician or an admin";
      return `${who(f)} holds ${names} in this tenant. ${ROLE_LABELS[role]} cannot act on ${role === "technician" ? "accounts with that much power" : "admin accounts"}; ask ${ask}.`;
    },
  },
  protected_account: {
    title: "Protected accounts",
    description: "Break-glass and other protected accounts (the tenant's protected list, or names like break-glass / emergency access) can be changed by admins only.",
    needsTarget: true,
    check(role, f) {
      if (!f.protectedBy || !restricted(role, ["technician", "service_desk", "read_only"])) return null;
      return `${who(f)} is a protected account (${f.protectedBy.reason}). Only admins can act on it.`;
    },
  },
  partner_tenant: {
    title: "Partner's own tenant",
    description: "Only admins act in the partner's own tenant through Tenantry.",
    needsTarget: false,
    check(role, f) {
      if (!f.partnerTenant || !restricted(role, ["technician", "service_desk", "read_only"])) return null;
      return "This is the partner's own tenant. Only admins can act in it through Tenantry.";
    },
  },
} as const satisfies Record<string, Guard>;

export type GuardId = keyof typeof GUARDS;

export const GUARD_IDS = Object.keys(GUARDS) as GuardId[];

/** Would any of `ids` ever refuse `role`? When none can, the executor skips the tenant reads. */
export function guardsCanRefuse(ids: readonly GuardId[], role: Role): boolean {
  return role !== "admin" && ids.length > 0;
}

/** The first guard that refuses, with its explanation; null when every guard lets `role` through. */
export function evaluateGuards(ids: readonly GuardId[], role: Role, facts: TargetFacts): { guard: GuardId; message: string } | null {
  for (const id of ids) {
    const message = GUARDS[id].check(role, facts);
    if (message) return { guard: id, message };
  }
  return null;
}
