import type { SimContext } from "../core/context";
import { relationshipStatus } from "../world/access";
import { ROLE_NAMES } from "../world/catalog";
import type { GdapRelationship, Tenant, World } from "../world/types";

const roleName = (id: string) => ROLE_NAMES[id] ?? id;

/** GDAP as the customer's admin would read it, with status derived against the simulated clock. */
export function gdapSummary(world: World, rel: GdapRelationship, nowMs: number) {
  const groupName = (id: string) => world.partner.directory.groups.get(id)?.displayName ?? id;
  return {
    id: rel.id,
    displayName: rel.displayName,
    customer: rel.customer,
    status: relationshipStatus(rel, nowMs),
    duration: rel.duration,
    autoExtendDuration: rel.autoExtendDuration,
    createdDateTime: rel.createdDateTime,
    activatedDateTime: rel.activatedDateTime,
    endDateTime: rel.endMs === null ? null : new Date(rel.endMs).toISOString(),
    roles: rel.accessDetails.unifiedRoles.map((r) => roleName(r.roleDefinitionId)),
    accessAssignments: rel.accessAssignments.map((a) => ({
      id: a.id, status: a.status, group: groupName(a.accessContainer.accessContainerId), groupId: a.accessContainer.accessContainerId,
      roles: a.accessDetails.unifiedRoles.map((r) => roleName(r.roleDefinitionId)),
    })),
  };
}

/** A tenant's seeded contents in one glance: what a test or the docs need to know to aim at it. */
export function tenantDetail(ctx: SimContext, tenant: Tenant) {
  const world = ctx.world;
  const dir = tenant.directory;
  const users = [...dir.users.values()];
  const mailboxes = [...dir.mailboxes.values()];
  const groups = [...dir.groups.values()];
  const upnOf = (id: string) => dir.users.get(id)?.userPrincipalName ?? id;
  const rolesOf = new Map<string, string[]>();
  for (const role of dir.directoryRoles) for (const m of role.members) rolesOf.set(m, [...(rolesOf.get(m) ?? []), role.displayName]);
  return {
    tenantId: tenant.id,
    displayName: tenant.displayName,
    isPartner: tenant.isPartner,
    health: tenant.health,
    defaultDomain: tenant.defaultDomain,
    initialDomain: tenant.initialDomain,
    domains: tenant.domains.map((d) => d.id),
    blocksPartnerUsers: tenant.blocksPartnerUsers,
    counts: {
      users: users.length,
      members: users.filter((u) => u.userType === "Member").length,
      guests: users.filter((u) => u.userType === "Guest").length,
      disabled: users.filter((u) => !u.accountEnabled).length,
      licensed: users.filter((u) => u.assignedLicenses.length > 0).length,
      groups: groups.length,
      distributionLists: groups.filter((g) => g.mailEnabled && !g.securityEnabled && !g.groupTypes.includes("Unified")).length,
      userMailboxes: mailboxes.filter((m) => m.recipientTypeDetails === "UserMailbox").length,
      sharedMailboxes: mailboxes.filter((m) => m.recipientTypeDetails === "SharedMailbox").length,
      subscribedSkus: dir.subscribedSkus.length,
      transportRules: dir.transportRules.length,
      inboxRules: mailboxes.reduce((n, m) => n + m.inboxRules.length, 0),
    },
    admins: [...rolesOf].map(([id, roles]) => ({ upn: upnOf(id), roles })),
    breakGlass: users.filter((u) => u.tags.includes("break-glass")).map((u) => u.userPrincipalName),
    gdapRelationships: world.gdapRelationships.filter((r) => r.customer.tenantId === tenant.id).map((r) => gdapSummary(world, r, ctx.clock.now())),
    dapContract: world.contracts.some((c) => c.customerId === tenant.id),
    consents: [...tenant.consents.values()].map((c) => ({
      applicationId: c.applicationId, displayName: c.displayName, createdDateTime: c.createdDateTime, applicationGrants: c.applicationGrants,
    })),
    suspiciousInboxRules: mailboxes.flatMap((m) =>
      m.inboxRules.filter((r) => r.suspicious).map((r) => ({ mailbox: m.userPrincipalName, ruleIdentity: r.ruleIdentity, name: r.name, kind: r.suspicious })),
    ),
    forwardingMailboxes: mailboxes
      .filter((m) => m.forwardingSmtpAddress || m.forwardingAddress)
      .map((m) => ({ mailbox: m.userPrincipalName, forwardingSmtpAddress: m.forwardingSmtpAddress, forwardingAddress: m.forwardingAddress, deliverToMailboxAndForward: m.deliverToMailboxAndForward })),
  };
}
