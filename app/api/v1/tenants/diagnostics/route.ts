import { apiRoute } from "@/lib/api/handler";
import { rolesWith } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db/client";
import { tenantScopeFor } from "@/lib/tenants/access";
import { latestRun } from "@/lib/tenants/runs";
import { startBulkDiagnostics } from "@/lib/tenants/start";

/** The latest bulk diagnostics run (RunProgress), null before the first. */
export const GET = apiRoute({ roles: rolesWith("tenants.configuration") }, async () => ({ run: await latestRun(prisma, "tenants.diagnostics") }));

/** Queues diagnostics for every tenant in the caller's scope; progress at GET /api/v1/diagnostics-runs/{runId}. */
export const POST = apiRoute({ roles: ["admin", "technician"] }, async ({ actor }) =>
  Response.json(await startBulkDiagnostics(prisma, (await tenantScopeFor(actor)), actor), { status: 202, headers: { "cache-control": "no-store" } }),
);
