import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";
import { latestRun } from "@/lib/tenants/runs";
import { startSync } from "@/lib/tenants/start";

/** The latest customer sync run (RunProgress), null before the first. */
export const GET = apiRoute({}, async () => ({ run: await latestRun(prisma, "tenants.sync") }));

/** Queues a customer sync now; progress at GET /api/v1/sync-runs/{runId}. */
export const POST = apiRoute({ roles: ["admin", "technician"] }, async ({ actor }) =>
  Response.json(await startSync(prisma, actor), { status: 202, headers: { "cache-control": "no-store" } }),
);
