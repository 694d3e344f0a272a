import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";
import { getRun } from "@/lib/tenants/runs";

/** Progress of a bulk diagnostics run: {total, done, failed, …} (RunProgress). */
export const GET = apiRoute({}, async ({ params }) => getRun(prisma, String(params.runId), "tenants.diagnostics"));
