import type { Rng } from "../core/random";
import { ROLE } from "./catalog";
import type { AccessAssignment, GdapRelationship, Tenant, UnifiedRole, World } from "./types";

const DAY = 86_400_000;

/** Roles an MSP typically asks for: least privilege, no Global Administrator. */
export const STANDARD_ROLES = [
  ROLE.exchangeAdministrator, ROLE.userAdministrator, ROLE.globalReader, ROLE.helpdeskAdministrator,
  ROLE.licenseAdministrator, ROLE.privilegedAuthenticationAdministrator, ROLE.authenticationAdministrator,
  ROLE.groupsAdministrator, ROLE.intuneAdministrator,
];

/** Which partner group receives which roles (group key -> roles). */
const ASSIGNMENTS: [string, string[]][] = [
  ["gdapExchangeAdmins", [ROLE.exchangeAdministrator]],
  ["gdapUserAdmins", [ROLE.userAdministrator, ROLE.groupsAdministrator, ROLE.intuneAdministrator]],
  ["gdapGlobalReaders", [ROLE.globalReader]],
  ["gdapHelpdeskAdmins", [ROLE.helpdeskAdministrator]],
  ["gdapLicenseAdmins", [ROLE.licenseAdministrator]],
  ["gdapAuthAdmins", [ROLE.privilegedAuthenticationAdministrator, ROLE.authenticationAdministrator]],
  ["gdapGlobalAdmins", [ROLE.globalAdministrator]],
];

export function etag(rng: Rng): string {
  return `W/"${Buffer.from(`'"${rng.hex(4)}-0000-0200-0000-${rng.hex(6)}"'`).toString("base64")}"`;
}

export function relationshipsFor(rng: Rng, world: World, tenant: Tenant): GdapRelationship[] {
  const now = world.epochMs;
  const iso = (ms: number) => new Date(ms).toISOString();
  const make = (o: { name: string; roles: string[]; activatedDaysAgo: number | null; status: GdapRelationship["status"]; endMs: number | null; autoExtend: string; assign: boolean }): GdapRelationship => {
    const created = now - ((o.activatedDaysAgo ?? 5) + 2) * DAY;
    const unifiedRoles: UnifiedRole[] = o.roles.map((roleDefinitionId) => ({ roleDefinitionId }));
    const assignments: AccessAssignment[] = o.assign
      ? ASSIGNMENTS.filter(([, roles]) => roles.every((r) => o.roles.includes(r))).map(([group, roles]) => ({
          id: rng.uuid(), accessContainer: { accessContainerId: world.partnerGroups[group]!, accessContainerType: "securityGroup" as const },
          accessDetails: { unifiedRoles: roles.map((roleDefinitionId) => ({ roleDefinitionId })) },
          status: "active" as const, createdDateTime: iso(created + DAY), lastModifiedDateTime: iso(created + DAY), etag: etag(rng),
        }))
      : [];
    return {
      id: `${rng.uuid()}-${rng.uuid()}`, displayName: o.name.slice(0, 50), customer: { tenantId: tenant.id, displayName: tenant.displayName },
      status: o.status, duration: "P730D", autoExtendDuration: o.autoExtend, accessDetails: { unifiedRoles },
      createdDateTime: iso(created), activatedDateTime: o.activatedDaysAgo === null ? null : iso(now - o.activatedDaysAgo * DAY),
      endMs: o.endMs, lastModifiedDateTime: iso(created + DAY), etag: etag(rng), accessAssignments: assignments, requests: [], operations: [],
    };
  };
  const slug = tenant.initialDomain.split(".")[0]!.slice(0, 24);
  const standard = (over: Partial<Parameters<typeof make>[0]> = {}) => {
    const activated = rng.int(20, 600);
    return make({ name: `Tenantry_${slug}_${rng.hex(2)}`, roles: STANDARD_ROLES, activatedDaysAgo: activated, status: "active", endMs: now + (730 - activated) * DAY, autoExtend: "P180D", assign: true, ...over });
  };
  switch (tenant.health) {
    case "expired":
      return [standard({ activatedDaysAgo: 760, status: "expired", endMs: now - 30 * DAY, autoExtend: "PT0S" })];
    case "expiring":
      return [standard({ activatedDaysAgo: 712, endMs: now + 18 * DAY, autoExtend: "PT0S" })];
    case "ga-auto-extend-blocked":
      return [standard({ roles: [...STANDARD_ROLES, ROLE.globalAdministrator], autoExtend: "PT0S", activatedDaysAgo: 500, endMs: now + 230 * DAY })];
    case "mlt-only":
      return [make({ name: `MLT_${rng.uuid()}`.slice(0, 50), roles: [ROLE.directoryReaders, ROLE.serviceSupportAdministrator], activatedDaysAgo: 400, status: "active", endMs: now + 330 * DAY, autoExtend: "PT0S", assign: false })];
    case "no-exchange-role":
      return [standard({ roles: STANDARD_ROLES.filter((r) => r !== ROLE.exchangeAdministrator) })];
    case "dap-only":
      return [];
    case "gdap-pending":
      return [make({ name: `Tenantry_${slug}_onboarding`, roles: STANDARD_ROLES, activatedDaysAgo: null, status: "approvalPending", endMs: null, autoExtend: "P180D", assign: false })];
    default:
      return [standard()];
  }
}

export { ASSIGNMENTS as GDAP_GROUP_ROLES };
