import { apiRoute } from "@/lib/api/handler";
import { rolesWith } from "@/lib/authz/permissions";
import { listAllProtectedAccounts, protectedAccountQuerySchema } from "@/lib/authz/protected-accounts";
import { prisma } from "@/lib/db/client";

/** Protected accounts across all tenants (admins only): `?q=` account or reason, `?tenant=` one tenant id. */
export const GET = apiRoute({ roles: rolesWith("protected_accounts.manage") }, async ({ req }) =>
  listAllProtectedAccounts(prisma, protectedAccountQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams))),
);
