import { readUser } from "@/lib/actions/reads.server";
import { apiRoute } from "@/lib/api/handler";

/** One user: profile, licences, groups, directory roles, authentication methods and sign-in state. */
export const GET = apiRoute({}, async ({ actor, params }) => readUser(actor, String(params.tenantId), String(params.userId)));
