import { partnerConnection } from "../tenants/deps";
import { syncTenants } from "../tenants/sync/run";
import type { JobDefinition } from "./types";

/**
 * The customer sync (lib/tenants/sync): every 6 hours and on demand from POST /api/v1/tenants/sync,
 * which creates the run row first and passes its id. Not at worker start: before the setup wizard
 * there is nothing to sync, and after it the wizard (or the list's "Sync now") queues the first run.
 */
export const tenantsSync: JobDefinition<{ runId?: string }> = {
  name: "tenants.sync",
  description: "Sync customer tenants from GDAP, contracts and Partner Center",
  cron: "23 */6 * * *",
  queue: { expireInSeconds: 3600, heartbeatSeconds: 30, retryLimit: 1, retryDelay: 300 },
  async run(data, ctx) {
    // A scheduled run before the setup wizard is finished would only record a failure.
    if (!data.runId && !(await partnerConnection(ctx.prisma).then(() => true, () => false))) return { skipped: "not connected" };
    const r = await syncTenants({ prisma: ctx.prisma, broker: ctx.broker, endpoints: ctx.endpoints }, { runId: data.runId });
    return { ...r };
  },
};
