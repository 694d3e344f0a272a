import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { pickInitialDomain } from "../../microsoft/exchange/domains";
import { consentState, holdsGlobalAdmin, isMicrosoftLed, summarizeGdap } from "../status";
import type { CustomerRead } from "./customer";
import type { RelationshipWithAssignments } from "./partner";

/** One customer as the partner side and its own tenant described it in this sync. */
export interface TenantFacts {
  id: string;
  /** best name the partner side knows (GDAP customer, relationship, Partner Center, contract) */
  partnerName: string;
  /** Partner Center's or the DAP contract's default domain, used until /domains can be read */
  partnerDomain: string | null;
  inGdap: boolean;
  /** undefined when Partner Center could not be read this time */
  inPartnerCenter: boolean | undefined;
  hasDapContract: boolean;
  relationships: RelationshipWithAssignments[];
  read: CustomerRead;
}

const ONMICROSOFT = /^[^.]+\.onmicrosoft\.com$/i;

/** Writes one tenant and everything under it in one transaction; idempotent. */
export async function writeTenant(prisma: PrismaClient, f: TenantFacts, now: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const stored = await tx.tenant.findUnique({ where: { id: f.id }, select: { defaultDomain: true, initialDomain: true } });
    const { read } = f;
    const fromDomains = read.domains ? { defaultDomain: read.domains.find((d) => d.isDefault)?.id ?? null, initialDomain: pickInitialDomain(read.domains) ?? null } : null;
    const gdap = summarizeGdap(f.relationships, f.hasDapContract, now);
    const data = {
      displayName: read.organization?.displayName || f.partnerName || f.id,
      defaultDomain: fromDomains?.defaultDomain ?? stored?.defaultDomain ?? f.partnerDomain,
      initialDomain: fromDomains?.initialDomain ?? stored?.initialDomain ?? (f.partnerDomain && ONMICROSOFT.test(f.partnerDomain) ? f.partnerDomain : null),
      inGdap: f.inGdap,
      ...(f.inPartnerCenter !== undefined ? { inPartnerCenter: f.inPartnerCenter } : {}),
      hasDapContract: f.hasDapContract,
      gdapStatus: gdap.status,
      gdapEndsAt: gdap.endsAt,
      gdapAutoExtend: gdap.autoExtend,
      gdapAutoExtendBlockedByGa: gdap.autoExtendBlockedByGlobalAdmin,
      relationshipCount: gdap.relationshipCount,
      ...(read.consent ? { consentState: consentState(read.consent) } : f.inPartnerCenter === false ? { consentState: "unknown" as const } : {}),
      ...(read.domains ? { domains: read.domains as unknown as Prisma.InputJsonArray } : {}),
      ...(read.organization !== undefined ? { organization: (read.organization ?? undefined) as Prisma.InputJsonObject | undefined } : {}),
      ...(read.skus ? { licensesEnabled: sum(read.skus, "enabled"), licensesConsumed: sum(read.skus, "consumed") } : {}),
      lastSyncErrorCode: read.error?.code ?? null,
      lastSyncErrorMsg: read.error?.message ?? null,
      lastSyncErrorAt: read.error ? now : null,
      syncedAt: now,
      removedAt: null,
    };
    await tx.tenant.upsert({ where: { id: f.id }, create: { id: f.id, ...data, firstSeenAt: now }, update: data });
    await writeRelationships(tx, f, now);
    if (read.skus) {
      await tx.tenantLicense.deleteMany({ where: { tenantId: f.id } });
      await tx.tenantLicense.createMany({ data: read.skus.map((s) => ({ tenantId: f.id, skuId: s.skuId, skuPartNumber: s.skuPartNumber, enabled: s.enabled, consumed: s.consumed })), skipDuplicates: true });
    }
    if (read.consent) {
      const consent = { samAppConsented: read.consent.samAppConsented, grants: read.consent.grants as unknown as Prisma.InputJsonArray, errorCode: read.consent.errorCode, checkedAt: now };
      await tx.tenantConsent.upsert({ where: { tenantId: f.id }, create: { tenantId: f.id, ...consent }, update: consent });
    } else if (f.inPartnerCenter === false) {
      await tx.tenantConsent.deleteMany({ where: { tenantId: f.id } });
    }
  });
}

export async function writeRelationships(tx: Prisma.TransactionClient, f: Pick<TenantFacts, "id" | "relationships">, now: Date): Promise<void> {
  const ids = f.relationships.map((r) => r.id);
  await tx.gdapRelationship.deleteMany({ where: { tenantId: f.id, id: { notIn: ids } } });
  for (const r of f.relationships) {
    const data = {
      tenantId: f.id, displayName: r.displayName, status: r.status, createdAt: r.createdAt, activatedAt: r.activatedAt, endsAt: r.endsAt,
      autoExtendDuration: r.autoExtendDuration, roles: r.roles, isMicrosoftLed: isMicrosoftLed(r.displayName),
      autoExtendBlockedByGlobalAdmin: holdsGlobalAdmin(r.roles), syncedAt: now,
    };
    await tx.gdapRelationship.upsert({ where: { id: r.id }, create: { id: r.id, ...data }, update: data });
  }
  await tx.accessAssignment.deleteMany({ where: { relationshipId: { in: ids } } });
  const assignments = f.relationships.flatMap((r) =>
    r.assignments.map((a) => ({ id: a.id, relationshipId: r.id, groupId: a.groupId, groupName: a.groupName, roles: a.roles, status: a.status })),
  );
  if (assignments.length) await tx.accessAssignment.createMany({ data: assignments, skipDuplicates: true });
}

/**
 * Tenants no source returned any more get `removedAt` (kept, not dropped: their history and
 * diagnostics stay readable). Only called when every source answered.
 */
export async function markRemoved(prisma: PrismaClient, seen: ReadonlySet<string>, now: Date): Promise<number> {
  const r = await prisma.tenant.updateMany({ where: { removedAt: null, id: { notIn: [...seen] } }, data: { removedAt: now } });
  // Their relationships were not returned either: drop the mirror rows, keep the tenant.
  await prisma.gdapRelationship.deleteMany({ where: { tenantId: { notIn: [...seen] } } });
  return r.count;
}

const sum = (skus: { enabled: number; consumed: number }[], k: "enabled" | "consumed") => skus.reduce((n, s) => n + s[k], 0);
