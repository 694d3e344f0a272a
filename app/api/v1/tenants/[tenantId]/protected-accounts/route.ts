import { apiRoute } from "@/lib/api/handler";
import { addProtectedAccount, listProtectedAccounts, protectedAccountSchema } from "@/lib/authz/protected-accounts";
import { prisma } from "@/lib/db/client";

/** The tenant's protected list (break-glass and the like): anyone who sees the tenant reads it. */
export const GET = apiRoute({}, async ({ actor, params }) => listProtectedAccounts(prisma, actor, String(params.tenantId)));

/** Admins add an account (object id or UPN); only admins may then act on it. */
export const POST = apiRoute({}, async ({ actor, params, body }) => {
  const result = await addProtectedAccount(prisma, actor, String(params.tenantId), await body(protectedAccountSchema));
  return Response.json(result, { status: 201, headers: { "cache-control": "no-store" } });
});
