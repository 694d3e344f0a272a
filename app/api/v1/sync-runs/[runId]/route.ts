import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";
import { getRun } from "@/lib/tenants/runs";

/** Progress of a customer sync run (RunProgress). */
export const GET = apiRoute({}, async ({ params }) => getRun(prisma, String(params.runId), "tenants.sync"));
