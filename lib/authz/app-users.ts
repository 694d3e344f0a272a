import { z } from "zod";

import { ROLES, type Role } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TenantScope } from "@/lib/tenants/scope";
import { scopeFromRow } from "./scope";

// The people who have signed in (AppUser rows), for Settings → People, where admins set each
// person's tenant scope. Rows appear at a person's first sign-in; there is no invite.

export const appUserQuerySchema = z.object({
  q: z.string().trim().max(200, "is too long (at most 200 characters)").optional(),
  role: z.enum(ROLES, "must be one of admin, technician, service_desk, read_only").optional(),
});

export interface AppUserView {
  id: string;
  name: string;
  upn: string;
  role: Role;
  lastSignInAt: string | null;
  scope: TenantScope;
}

export interface AppUserList {
  items: AppUserView[];
  /** display names of the tenants the scopes name (missing: no longer known to Tenantry) */
  tenants: Record<string, string>;
}

/** At most this many people; an MSP's staff fits well below it. */
const LIMIT = 1000;

export async function listAppUsers(prisma: PrismaClient, query: z.output<typeof appUserQuerySchema>): Promise<AppUserList> {
  const q = query.q || undefined;
  const rows = await prisma.appUser.findMany({
    where: {
      ...(query.role ? { role: query.role } : {}),
      ...(q ? { OR: [{ displayName: { contains: q, mode: "insensitive" } }, { upn: { contains: q, mode: "insensitive" } }] } : {}),
    },
    orderBy: [{ displayName: "asc" }, { upn: "asc" }],
    take: LIMIT,
  });
  const ids = [...new Set(rows.flatMap((r) => r.scopeTenantIds))];
  const tenants = ids.length ? await prisma.tenant.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } }) : [];
  return {
    items: rows.map((r) => ({ id: r.id, name: r.displayName, upn: r.upn, role: r.role, lastSignInAt: r.lastSignInAt?.toISOString() ?? null, scope: scopeFromRow(r) })),
    tenants: Object.fromEntries(tenants.map((t) => [t.id, t.displayName])),
  };
}
