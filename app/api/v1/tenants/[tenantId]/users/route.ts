import { readUsers } from "@/lib/actions/reads.server";
import { apiRoute } from "@/lib/api/handler";

/** One page of the tenant's users: `?search=` (name, UPN or mail), `?top=` (1–100), `?cursor=` from the last page,
 * `?account=enabled|blocked`, `?type=member|guest`. */
export const GET = apiRoute({}, async ({ req, actor, params }) => readUsers(actor, String(params.tenantId), new URL(req.url).searchParams));
