import { apiRoute } from "@/lib/api/handler";
import { appUserQuerySchema, listAppUsers } from "@/lib/authz/app-users";
import { rolesWith } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db/client";

/** People who have signed in, with role and tenant scope (admins only): `?q=` name or UPN, `?role=`. */
export const GET = apiRoute({ roles: rolesWith("scopes.manage") }, async ({ req }) =>
  listAppUsers(prisma, appUserQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams))),
);
