import type { Prisma } from "../generated/prisma/client";
import { daysLeft } from "./status";
import type { AccessStatus, ConsentState, DiagnosticStepId, GdapStatus, TenantRow } from "./types";

/** The Tenant columns a TenantRow is made of. */
export const ROW_SELECT = {
  id: true, displayName: true, defaultDomain: true, initialDomain: true, alias: true, tags: true,
  gdapStatus: true, gdapEndsAt: true, gdapAutoExtend: true, gdapAutoExtendBlockedByGa: true, relationshipCount: true,
  consentState: true, accessStatus: true, accessFailingStep: true, accessCheckedAt: true,
  licensesEnabled: true, licensesConsumed: true, syncedAt: true, removedAt: true,
} as const satisfies Prisma.TenantSelect;

export type RowColumns = Prisma.TenantGetPayload<{ select: typeof ROW_SELECT }>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Stored columns → the API's row. `now` fixes daysLeft; the list snapshot passes null and fills it per request. */
export function toTenantRow(t: RowColumns, now: Date | null): TenantRow {
  return {
    id: t.id,
    displayName: t.displayName,
    defaultDomain: t.defaultDomain,
    initialDomain: t.initialDomain,
    alias: t.alias,
    tags: t.tags,
    gdap: {
      status: t.gdapStatus as GdapStatus,
      endsAt: iso(t.gdapEndsAt),
      daysLeft: now ? daysLeft(t.gdapEndsAt, now) : null,
      autoExtend: t.gdapAutoExtend,
      autoExtendBlockedByGlobalAdmin: t.gdapAutoExtendBlockedByGa,
      relationshipCount: t.relationshipCount,
    },
    consent: t.consentState as ConsentState,
    access: { status: t.accessStatus as AccessStatus, failingStep: t.accessFailingStep as DiagnosticStepId | null, checkedAt: iso(t.accessCheckedAt) },
    licenses: t.licensesEnabled === null ? null : { enabled: t.licensesEnabled, consumed: t.licensesConsumed ?? 0 },
    syncedAt: iso(t.syncedAt),
    removedAt: iso(t.removedAt),
  };
}
