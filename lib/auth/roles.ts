/**
 * Roles as data. Client-safe (no server imports) so the UI can label and order roles too.
 * Order matters: a user in several mapped groups gets the highest-ranked role.
 */
export const ROLES = ["admin", "technician", "service_desk", "read_only"] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  technician: "Technician",
  service_desk: "Service desk",
  read_only: "Read only",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Everything, including settings, role mappings, API keys and the partner connection.",
  technician: "Reads and changes customer tenants.",
  service_desk: "Everyday user requests: password resets, signing users out everywhere, MFA resets.",
  read_only: "Sees customer tenants; changes nothing.",
};

/** Lower rank = more privilege. */
export const roleRank = (role: Role): number => ROLES.indexOf(role);

export function highestRole(roles: Iterable<Role>): Role | null {
  let best: Role | null = null;
  for (const role of roles) if (best === null || roleRank(role) < roleRank(best)) best = role;
  return best;
}

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);
