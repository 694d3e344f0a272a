import { partnerConnection, type TenantsDeps } from "../deps";
import { mapLimit } from "../pool";
import { tenantIdsInScope } from "../queries";
import { errorOf, runTracker } from "../runs";
import type { TenantScope } from "../scope";
import type { MemberCache } from "./assignments";
import { runTenantDiagnostics } from "./run";

/**
 * Diagnostics across every tenant in scope, with progress on the run row: `done` counts checked
 * tenants, `failed` those whose access is failing or whose check could not run. GDAP facts come
 * from the last sync (one Graph read per tenant would be throttled at 2,000 tenants); consent and
 * tokens are checked live.
 */
export async function runBulkDiagnostics(deps: TenantsDeps, runId: string, scope: TenantScope): Promise<{ total: number; failed: number }> {
  const run = runTracker(deps.prisma, runId);
  try {
    const [partner, ids] = await Promise.all([partnerConnection(deps.prisma), tenantIdsInScope(deps.prisma, scope)]);
    await run.start(ids.length);
    const memberCache: MemberCache = new Map();
    await mapLimit(ids, deps.concurrency ?? 8, async (id) => {
      try {
        const d = await runTenantDiagnostics(deps, scope, id, { runId, partner, memberCache });
        const failing = d.steps.find((s) => s.status === "fail");
        run.step(failing ? { tenantId: id, code: failing.code ?? failing.id, message: failing.detail } : undefined);
      } catch (e) {
        run.step(errorOf(e, id));
      }
    });
    await run.finish("succeeded");
  } catch (e) {
    await run.finish("failed", errorOf(e));
  }
  return { total: run.state.total, failed: run.state.failed };
}
