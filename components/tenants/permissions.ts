import type { Role } from "@/lib/auth/roles";

/**
 * Which roles the tenants API lets do what — mirrored from the route handlers' `roles` so the UI
 * hides what the server would refuse. The server stays the authority; change both together.
 */
const TENANT_ROLES = {
  edit: ["admin"], // PATCH /api/v1/tenants/{id}
  sync: ["admin", "technician"], // POST /api/v1/tenants/sync
  diagnose: ["admin", "technician"], // POST …/diagnostics (one tenant and bulk)
} as const satisfies Record<string, readonly Role[]>;

export type TenantPermission = keyof typeof TENANT_ROLES;

export const canOnTenants = (role: Role, what: TenantPermission): boolean => (TENANT_ROLES[what] as readonly Role[]).includes(role);
