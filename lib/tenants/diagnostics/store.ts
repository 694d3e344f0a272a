import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { invalidateTenantSnapshot } from "../list/snapshot";
import { consentState, type ConsentFacts } from "../status";
import type { AccessStatus, DiagnosticStep, TenantDiagnostics } from "../types";

/** failing if any step failed, warning if any warned, healthy otherwise. */
export function overall(steps: readonly DiagnosticStep[]): { status: AccessStatus; failingStep: DiagnosticStep["id"] | null } {
  const fail = steps.find((s) => s.status === "fail");
  if (fail) return { status: "failing", failingStep: fail.id };
  const warn = steps.find((s) => s.status === "warn");
  return warn ? { status: "warning", failingStep: warn.id } : { status: "healthy", failingStep: null };
}

/** Stores the result and mirrors it (and the freshly read consent) onto the tenant row the list shows. */
export async function saveDiagnostics(
  prisma: PrismaClient,
  r: { tenantId: string; runId: string | null; checkedAt: Date; steps: DiagnosticStep[]; consent: ConsentFacts | null },
): Promise<TenantDiagnostics> {
  const { status, failingStep } = overall(r.steps);
  await prisma.$transaction(async (tx) => {
    await tx.tenantDiagnostic.create({ data: { tenantId: r.tenantId, runId: r.runId, checkedAt: r.checkedAt, status, steps: r.steps as unknown as Prisma.InputJsonArray } });
    await tx.tenant.update({
      where: { id: r.tenantId },
      data: { accessStatus: status, accessFailingStep: failingStep, accessCheckedAt: r.checkedAt, ...(r.consent ? { consentState: consentState(r.consent) } : {}) },
    });
    if (r.consent) {
      const c = { samAppConsented: r.consent.samAppConsented, grants: r.consent.grants as unknown as Prisma.InputJsonArray, errorCode: r.consent.errorCode, checkedAt: r.checkedAt };
      await tx.tenantConsent.upsert({ where: { tenantId: r.tenantId }, create: { tenantId: r.tenantId, ...c }, update: c });
    }
  });
  invalidateTenantSnapshot(prisma);
  return { tenantId: r.tenantId, runId: r.runId, checkedAt: r.checkedAt.toISOString(), status, steps: r.steps };
}
