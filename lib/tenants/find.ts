import { AppError } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { scopeWhere, type TenantScope } from "./scope";

/** The tenant when it exists and is in scope (removed tenants included); NOT_FOUND otherwise. */
export async function findTenantInScope<S extends Prisma.TenantSelect>(
  db: Pick<PrismaClient, "tenant">,
  scope: TenantScope,
  id: string,
  select: S,
): Promise<Prisma.TenantGetPayload<{ select: S }>> {
  const t = await db.tenant.findFirst({ where: { AND: [scopeWhere(scope), { id: id.toLowerCase() }] }, select });
  if (!t) throw tenantNotFound(id);
  return t as Prisma.TenantGetPayload<{ select: S }>;
}

export function tenantNotFound(id: string): AppError {
  return new AppError("NOT_FOUND", `No tenant ${id} here.`, {
    fixIt: "Check the tenant id. If the customer was added recently, run a customer sync.",
  });
}
