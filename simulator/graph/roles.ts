import type { SimContext } from "../core/context";
import { PRIVILEGED_ROLES, ROLE } from "../world/catalog";
import type { Tenant, User } from "../world/types";
import type { Caller } from "./auth";
import { denied } from "./errors";

export type GraphAction =
  | "users.create" | "users.update" | "users.enable" | "users.delete" | "users.resetPassword"
  | "users.revokeSessions" | "users.assignLicense" | "authMethods.read" | "authMethods.delete"
  | "groups.members";

interface Rule {
  /** roles allowed when the target holds no privileged role */
  anyone: string[];
  /** roles allowed when the target is itself an administrator */
  admins: string[];
  /** application permissions accepted on app-only tokens */
  app: string[];
}

const { globalAdministrator: GA, userAdministrator: UA, helpdeskAdministrator: HD, authenticationAdministrator: AA,
  privilegedAuthenticationAdministrator: PAA, licenseAdministrator: LA, groupsAdministrator: GRA, globalReader: GR,
  securityReader: SR } = ROLE;

/** Entra's "who can do what to whom", as data. Privileged targets need the stronger roles. */
export const RULES: Record<GraphAction, Rule> = {
  "users.create": { anyone: [GA, UA], admins: [GA, UA], app: ["User.ReadWrite.All", "Directory.ReadWrite.All"] },
  "users.update": { anyone: [GA, UA], admins: [GA, PAA], app: ["User.ReadWrite.All", "Directory.ReadWrite.All"] },
  "users.enable": { anyone: [GA, UA, PAA], admins: [GA, PAA], app: ["User.EnableDisableAccount.All", "User.ReadWrite.All", "Directory.ReadWrite.All"] },
  "users.delete": { anyone: [GA, UA, PAA], admins: [GA, PAA], app: ["User.ReadWrite.All", "Directory.ReadWrite.All"] },
  "users.resetPassword": { anyone: [GA, UA, HD, AA, PAA], admins: [GA, PAA], app: ["User-PasswordProfile.ReadWrite.All"] },
  "users.revokeSessions": { anyone: [GA, UA, HD, AA, PAA], admins: [GA, PAA], app: ["User.RevokeSessions.All", "User.ReadWrite.All", "Directory.ReadWrite.All"] },
  "users.assignLicense": { anyone: [GA, UA, LA], admins: [GA, UA, LA], app: ["LicenseAssignment.ReadWrite.All", "User.ReadWrite.All", "Directory.ReadWrite.All"] },
  "authMethods.read": { anyone: [GA, GR, SR, AA, PAA], admins: [GA, GR, SR, AA, PAA], app: ["UserAuthenticationMethod.Read.All", "UserAuthenticationMethod.ReadWrite.All"] },
  "authMethods.delete": { anyone: [GA, AA, PAA], admins: [GA, PAA], app: ["UserAuthenticationMethod.ReadWrite.All"] },
  "groups.members": { anyone: [GA, UA, GRA], admins: [GA, UA, GRA], app: ["GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"] },
};

/** A user who holds any privileged directory role in their tenant. */
export function isPrivileged(tenant: Tenant, user: User): boolean {
  return tenant.directory.directoryRoles.some((r) => PRIVILEGED_ROLES.has(r.roleTemplateId) && r.members.has(user.id));
}

export function can(c: Caller, action: GraphAction, target?: User): boolean {
  const rule = RULES[action];
  if (c.isApp) return rule.app.some((p) => c.appRoles.has(p));
  const allowed = target && isPrivileged(c.tenant, target) ? rule.admins : rule.anyone;
  return allowed.some((r) => c.roles.has(r));
}

export function requireRole(c: Caller, action: GraphAction, target?: User): void {
  if (!can(c, action, target)) throw denied();
}

/**
 * GDAP management happens in the partner tenant by a partner user who is a Global Administrator
 * there or an Admin Agent (Partner Center's admin role, the AdminAgents group).
 */
export function canManageGdap(ctx: SimContext, c: Caller): boolean {
  if (c.isApp || !c.tenant.isPartner || !c.homeUser) return false;
  if (c.roles.has(GA)) return true;
  const agents = ctx.world.partner.directory.groups.get(ctx.world.partnerGroups.adminAgents ?? "");
  return !!agents?.members.has(c.homeUser.id);
}

/** Reading GDAP: partner users in their own tenant; application tokens are not supported by the API. */
export function canReadGdap(c: Caller): boolean {
  return !c.isApp && c.tenant.isPartner && !!c.homeUser;
}
