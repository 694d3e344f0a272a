import type { Role } from "../auth/roles";
import { roleHas } from "../authz/permissions";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { directoryRoleName } from "../microsoft/graph/directory-roles";
import { RESOURCE_APP_ID } from "../microsoft/partner-center/types";
import { portalLinks } from "./portals";
import { findTenantInScope } from "./find";
import { ROW_SELECT, toTenantRow } from "./row";
import type { TenantScope } from "./scope";
import { daysLeft } from "./status";
import type { AccessStatus, DiagnosticStep, TenantDetail, TenantIdentity, TenantView } from "./types";

const RESOURCE_NAMES: Record<string, string> = { [RESOURCE_APP_ID.graph]: "Microsoft Graph", [RESOURCE_APP_ID.exchange]: "Exchange Online" };
const roleList = (ids: readonly string[]) => ids.map((id) => ({ id, name: directoryRoleName(id) }));
const iso = (d: Date | null) => (d ? d.toISOString() : null);

const IDENTITY_SELECT = { ...ROW_SELECT, domains: true, organization: true, lastSyncErrorCode: true, lastSyncErrorMsg: true, lastSyncErrorAt: true } as const;

/**
 * GET /api/v1/tenants/{id}: the whole overview for roles that may see tenant configuration, the
 * identity alone for the others (the service desk). NOT_FOUND outside the scope either way.
 */
export function getTenantView(prisma: PrismaClient, scope: TenantScope, id: string, role: Role): Promise<TenantView> {
  return roleHas(role, "tenants.configuration") ? getTenantDetail(prisma, scope, id) : getTenantIdentity(prisma, scope, id);
}

export async function getTenantIdentity(prisma: PrismaClient, scope: TenantScope, id: string, now = new Date()): Promise<TenantIdentity> {
  return identity(await findTenantInScope(prisma, scope, id, IDENTITY_SELECT), now);
}

function identity(t: Prisma.TenantGetPayload<{ select: typeof IDENTITY_SELECT }>, now: Date): TenantIdentity {
  return {
    ...toTenantRow(t, now),
    configurationVisible: false,
    domains: (t.domains as TenantIdentity["domains"] | null) ?? [],
    organization: (t.organization as TenantIdentity["organization"]) ?? null,
    lastSyncError: t.lastSyncErrorCode ? { code: t.lastSyncErrorCode, message: t.lastSyncErrorMsg ?? "", at: iso(t.lastSyncErrorAt)! } : null,
  };
}

/** Everything the tenant overview shows. NOT_FOUND outside the scope. */
export async function getTenantDetail(prisma: PrismaClient, scope: TenantScope, id: string, now = new Date()): Promise<TenantDetail> {
  const t = await findTenantInScope(prisma, scope, id, {
    ...IDENTITY_SELECT,
    inGdap: true, inPartnerCenter: true, hasDapContract: true,
    licenses: { orderBy: { skuPartNumber: "asc" } },
    consent: true,
    relationships: { orderBy: [{ endsAt: "desc" }, { displayName: "asc" }], include: { accessAssignments: { orderBy: { groupName: "asc" } } } },
    diagnostics: { orderBy: { checkedAt: "desc" }, take: 1 },
  });
  const diag = t.diagnostics[0];
  return {
    ...identity(t, now),
    configurationVisible: true,
    licenseSkus: t.licenses.map((l) => ({ skuId: l.skuId, skuPartNumber: l.skuPartNumber, enabled: l.enabled, consumed: l.consumed })),
    relationships: t.relationships.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      status: r.status,
      createdAt: iso(r.createdAt),
      activatedAt: iso(r.activatedAt),
      endsAt: iso(r.endsAt),
      daysLeft: daysLeft(r.endsAt, now),
      autoExtendDuration: r.autoExtendDuration,
      autoExtendBlockedByGlobalAdmin: r.autoExtendBlockedByGlobalAdmin,
      isMicrosoftLed: r.isMicrosoftLed,
      roles: roleList(r.roles),
      accessAssignments: r.accessAssignments.map((a) => ({ id: a.id, groupId: a.groupId, groupName: a.groupName, status: a.status, roles: roleList(a.roles) })),
    })),
    hasDapContract: t.hasDapContract,
    inGdap: t.inGdap,
    inPartnerCenter: t.inPartnerCenter,
    consentDetail: t.consent
      ? {
          samAppConsented: t.consent.samAppConsented,
          grants: (t.consent.grants as { resourceAppId: string; scopes: string[] }[]).map((g) => ({ resource: RESOURCE_NAMES[g.resourceAppId] ?? g.resourceAppId, scopes: g.scopes })),
          checkedAt: iso(t.consent.checkedAt),
        }
      : null,
    diagnostics: diag
      ? { tenantId: t.id, runId: diag.runId, checkedAt: diag.checkedAt.toISOString(), status: diag.status as AccessStatus, steps: diag.steps as unknown as DiagnosticStep[] }
      : null,
    portals: portalLinks(t),
  };
}
