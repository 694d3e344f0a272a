import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { scopePredicate, type TenantScope } from "@/lib/tenants/scope";

/**
 * Permissions as data: the one table the server checks and the UI reads to disable a button and say
 * why. Client-safe (no server imports). A permission not listed for a role is refused; adding a
 * permission without deciding who holds it does not compile.
 */
export const PERMISSIONS = {
  "tenants.read": { label: "See customer tenants", roles: ["admin", "technician", "service_desk", "read_only"] },
  // GDAP relationships, access assignments, consent, licence SKUs, diagnostics, admin portals.
  "tenants.configuration": { label: "See tenant configuration", roles: ["admin", "technician", "read_only"] },
  "users.read": { label: "See users", roles: ["admin", "technician", "service_desk", "read_only"] },
  "users.reset_password": { label: "Reset passwords", roles: ["admin", "technician", "service_desk"] },
  "users.revoke_sessions": { label: "Sign users out everywhere", roles: ["admin", "technician", "service_desk"] },
  "users.block_sign_in": { label: "Block and unblock sign-in", roles: ["admin", "technician"] },
  "users.create": { label: "Create users", roles: ["admin", "technician"] },
  "users.update": { label: "Edit user properties", roles: ["admin", "technician"] },
  "users.licenses": { label: "Assign and remove licences", roles: ["admin", "technician"] },
  "groups.members": { label: "Add and remove group members", roles: ["admin", "technician"] },
  "users.reset_mfa": { label: "Reset MFA methods", roles: ["admin", "technician", "service_desk"] },
  "approvals.decide": { label: "Approve or reject others' requests", roles: ["admin", "technician"] },
  "protected_accounts.manage": { label: "Manage protected accounts", roles: ["admin"] },
  "scopes.manage": { label: "Set technicians' tenant scope", roles: ["admin"] },
  "settings.manage": { label: "Change Tenantry settings", roles: ["admin"] },
  "audit.read": { label: "Read the audit log", roles: ["admin", "technician", "service_desk", "read_only"] },
} as const satisfies Record<string, { label: string; roles: readonly Role[] }>;

export type Permission = keyof typeof PERMISSIONS;

export const isPermission = (value: unknown): value is Permission => typeof value === "string" && value in PERMISSIONS;

export function roleHas(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

/** The roles holding a permission, for "ask a technician or an admin". */
export function rolesWith(permission: Permission): Role[] {
  return [...PERMISSIONS[permission].roles];
}

export type Decision =
  | { ok: true }
  /** `scope`: the tenant is outside the caller's tenant scope; servers answer 404, never 403. */
  | { ok: false; reason: "role" | "scope"; message: string };

const ALLOWED: Decision = { ok: true };

/**
 * May `actor` use `permission` in `tenant`? Pure: the caller supplies the tenant (null for
 * permissions that are not about one tenant) and the actor's tenant scope.
 */
export function can(
  actor: { role: Role },
  permission: Permission,
  tenant: { id: string; tags: readonly string[] } | null,
  scope: TenantScope,
): Decision {
  if (tenant && !scopePredicate(scope)({ id: tenant.id.toLowerCase(), tags: tenant.tags })) {
    return { ok: false, reason: "scope", message: "This tenant is not in your tenant scope." };
  }
  if (!roleHas(actor.role, permission)) {
    const holders = rolesWith(permission).filter((r) => r !== "admin").map((r) => ROLE_LABELS[r].toLowerCase());
    const ask = holders.length ? `Ask ${holders.length > 1 ? "someone with the " + holders.join(" or ") + " role" : "a " + holders[0]} or an admin.` : "Only admins can.";
    return { ok: false, reason: "role", message: `${ROLE_LABELS[actor.role]} cannot ${PERMISSIONS[permission].label.toLowerCase()}. ${ask}` };
  }
  return ALLOWED;
}
