import { readGroups } from "@/lib/actions/reads.server";
import { apiRoute } from "@/lib/api/handler";

/** The tenant's groups by name: `?search=` (name or mail), `?top=` (1–100). */
export const GET = apiRoute({}, async ({ req, actor, params }) => readGroups(actor, String(params.tenantId), new URL(req.url).searchParams));
