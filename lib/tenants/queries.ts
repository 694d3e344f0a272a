import type { PrismaClient } from "../generated/prisma/client";
import { filterSnapshot, present } from "./list/filter";
import type { ListFilters } from "./list/params";
import { unsafeTenantSnapshot } from "./list/snapshot";
import { scopeWhere, type TenantScope } from "./scope";
import type { TenantListResponse, TenantRow } from "./types";

// Every tenant query takes the caller's scope; a tenant outside it is reported exactly like a
// missing one (404), never as forbidden.

export { getTenantDetail, getTenantIdentity, getTenantView } from "./detail";
export { updateTenant } from "./update";
export { findTenantInScope, tenantNotFound } from "./find";

/**
 * GET /api/v1/tenants: one page of rows, the total and the facets, all within `scope`. The scope
 * may still be loading: it is read alongside the snapshot's version, not before it.
 */
export async function listTenants(prisma: PrismaClient, scope: TenantScope | Promise<TenantScope>, f: ListFilters, now = new Date()): Promise<TenantListResponse> {
  const [snapshot, resolved] = await Promise.all([unsafeTenantSnapshot(prisma), scope]);
  const { rows, facets } = filterSnapshot(snapshot, resolved, f);
  const start = (f.page - 1) * f.pageSize;
  return {
    items: rows.slice(start, start + f.pageSize).map((e) => present(e, now)),
    total: rows.length,
    page: f.page,
    pageSize: f.pageSize,
    facets,
  };
}

/** Every row matching the filters (paging ignored), for the CSV export. */
export async function exportTenants(prisma: PrismaClient, scope: TenantScope, f: ListFilters, now = new Date()): Promise<TenantRow[]> {
  const { rows } = filterSnapshot(await unsafeTenantSnapshot(prisma), scope, f);
  return rows.map((e) => present(e, now));
}

/** Tenant ids in scope for bulk work (diagnostics across all tenants); removed tenants excluded. */
export async function tenantIdsInScope(prisma: PrismaClient, scope: TenantScope): Promise<string[]> {
  const rows = await prisma.tenant.findMany({ where: { AND: [scopeWhere(scope), { removedAt: null }] }, select: { id: true }, orderBy: { displayName: "asc" } });
  return rows.map((r) => r.id);
}
