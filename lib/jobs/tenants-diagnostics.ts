import { partnerConnection } from "../tenants/deps";
import { runBulkDiagnostics } from "../tenants/diagnostics/bulk";
import { tenantIdsInScope } from "../tenants/queries";
import { createRun } from "../tenants/runs";
import { ALL_TENANTS, type TenantScope } from "../tenants/scope";
import type { JobDefinition } from "./types";

/**
 * Access diagnostics across tenants: nightly over every tenant, so the list's health column stays
 * current without anyone asking, and on demand from POST /api/v1/tenants/diagnostics, which creates
 * the run row (with the caller's scope) and passes its id.
 */
export const tenantsDiagnostics: JobDefinition<{ runId?: string; scope?: TenantScope }> = {
  name: "tenants.diagnostics",
  description: "Run access diagnostics for every tenant in scope",
  cron: "47 3 * * *",
  queue: { expireInSeconds: 3600, heartbeatSeconds: 30, retryLimit: 0, retryDelay: 60 },
  async run(data, ctx) {
    const deps = { prisma: ctx.prisma, broker: ctx.broker, endpoints: ctx.endpoints };
    const scope = data.scope ?? ALL_TENANTS;
    let runId = data.runId;
    if (!runId) {
      // Scheduled: nothing to check before the setup wizard has connected the partner tenant.
      if (!(await partnerConnection(ctx.prisma).then(() => true, () => false))) return { skipped: "not connected" };
      runId = await createRun(ctx.prisma, "tenants.diagnostics", { requestedBy: "schedule", total: (await tenantIdsInScope(ctx.prisma, scope)).length });
    }
    return { runId, ...(await runBulkDiagnostics(deps, runId, scope)) };
  },
};
