import { apiRoute } from "@/lib/api/handler";
import { rolesWith } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db/client";
import { getRun } from "@/lib/tenants/runs";

/** Progress of a bulk diagnostics run: {total, done, failed, …} (RunProgress). */
export const GET = apiRoute({ roles: rolesWith("tenants.configuration") }, async ({ params }) => getRun(prisma, String(params.runId), "tenants.diagnostics"));
