import { readDomains } from "@/lib/actions/reads.server";
import { apiRoute } from "@/lib/api/handler";

/** The tenant's domains with isVerified / isDefault / isInitial: new users sign in on a verified one. */
export const GET = apiRoute({}, async ({ req, actor, params }) => readDomains(actor, String(params.tenantId), new URL(req.url).searchParams));
