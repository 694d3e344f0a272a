import type { PrismaClient } from "../../generated/prisma/client";
import { findTenantInScope } from "../find";
import type { TenantScope } from "../scope";
import type { AccessStatus, DiagnosticStep, TenantDiagnostics } from "../types";

/** The tenant's last diagnostics result; NOT_FOUND outside the scope, null when never run. */
export async function latestDiagnostics(prisma: PrismaClient, scope: TenantScope, tenantId: string): Promise<TenantDiagnostics | null> {
  const t = await findTenantInScope(prisma, scope, tenantId, { id: true, diagnostics: { orderBy: { checkedAt: "desc" }, take: 1 } });
  const d = t.diagnostics[0];
  return d ? { tenantId: t.id, runId: d.runId, checkedAt: d.checkedAt.toISOString(), status: d.status as AccessStatus, steps: d.steps as unknown as DiagnosticStep[] } : null;
}
