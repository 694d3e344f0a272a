import { readLicences } from "@/lib/actions/reads.server";
import { apiRoute } from "@/lib/api/handler";

/** The tenant's subscriptions (subscribedSkus) with seats bought (`enabled`) and in use (`consumed`). */
export const GET = apiRoute({}, async ({ req, actor, params }) => readLicences(actor, String(params.tenantId), new URL(req.url).searchParams));
