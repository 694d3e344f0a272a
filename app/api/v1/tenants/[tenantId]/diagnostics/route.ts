import { apiRoute } from "@/lib/api/handler";
import { rolesWith } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db/client";
import { appTenantsDeps, tenantScopeFor } from "@/lib/tenants/access";
import { latestDiagnostics } from "@/lib/tenants/diagnostics/latest";
import { runTenantDiagnostics } from "@/lib/tenants/diagnostics/run";

/** The last stored result (null when never run); tenant configuration, so not for the service desk. */
export const GET = apiRoute({ roles: rolesWith("tenants.configuration") }, async ({ actor, params }) => ({ diagnostics: await latestDiagnostics(prisma, (await tenantScopeFor(actor)), String(params.tenantId)) }));

/** Runs the check chain now (GDAP re-read live) and returns the result (TenantDiagnostics). */
export const POST = apiRoute({ roles: ["admin", "technician"] }, async ({ actor, params }) =>
  runTenantDiagnostics(appTenantsDeps(), (await tenantScopeFor(actor)), String(params.tenantId), { liveGdap: true }),
);
