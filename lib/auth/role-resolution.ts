import { highestRole, type Role } from "./roles";

export type ClaimType = "group" | "app_role";

export interface RoleMappingRule {
  claimType: ClaimType;
  claimValue: string;
  role: Role;
}

/** The parts of a Microsoft id token that decide a Tenantry role. */
export interface RoleClaims {
  /** Security group object ids (the `groups` claim). */
  groups?: unknown;
  /** App-role values assigned to the user on the sign-in app (the `roles` claim). */
  roles?: unknown;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/**
 * Pure: the highest role any of the user's groups or app roles maps to, or null. Group ids are
 * GUIDs and compared case-insensitively; app-role values are compared exactly, as Entra does.
 */
export function resolveRole(claims: RoleClaims, mappings: readonly RoleMappingRule[]): Role | null {
  const groups = new Set(strings(claims.groups).map((g) => g.toLowerCase()));
  const appRoles = new Set(strings(claims.roles));
  const matched = mappings
    .filter((m) => (m.claimType === "group" ? groups.has(m.claimValue.toLowerCase()) : appRoles.has(m.claimValue)))
    .map((m) => m.role);
  return highestRole(matched);
}
