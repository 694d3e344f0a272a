import type { Actor } from "@/lib/auth/actor";
import { tenantScopeFor } from "@/lib/authz/scope";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere, type TenantScope } from "@/lib/tenants/scope";

/**
 * Which audit rows a caller may read. Admins read everything. Every other role (technician,
 * service desk, read-only, and API keys with those roles) reads the rows about customer tenants in
 * their tenant scope, plus their own partner-level rows (their sign-ins, say) — never another
 * person's sign-ins, API keys, role mappings or partner-connection changes, which are admin business.
 */
export type AuditScope = { kind: "all" } | { kind: "scoped"; tenants: TenantScope; actorId: string };

export const ALL_AUDIT: AuditScope = { kind: "all" };

/** The caller's audit scope; the tenant part is their per-technician scope from lib/authz. */
export async function auditScopeFor(prisma: PrismaClient, actor: Actor): Promise<AuditScope> {
  if (actor.role === "admin") return ALL_AUDIT;
  return { kind: "scoped", tenants: await tenantScopeFor(prisma, actor), actorId: actor.id };
}

/** The scope as a filter on AuditEvent. A "tags" scope is resolved to tenant ids first. */
export async function auditScopeWhere(prisma: PrismaClient, scope: AuditScope): Promise<Prisma.AuditEventWhereInput> {
  if (scope.kind === "all") return {};
  const own: Prisma.AuditEventWhereInput = { tenantId: null, actorId: scope.actorId };
  return { OR: [{ tenantId: await tenantIdFilter(prisma, scope.tenants) }, own] };
}

async function tenantIdFilter(prisma: PrismaClient, tenants: TenantScope): Promise<Prisma.StringNullableFilter> {
  switch (tenants.kind) {
    case "all":
      return { not: null };
    case "list":
      return { in: tenants.tenantIds.map((id) => id.toLowerCase()) };
    case "allExcept":
      return { not: null, notIn: tenants.tenantIds.map((id) => id.toLowerCase()) };
    case "tags": {
      const rows = await prisma.tenant.findMany({ where: scopeWhere(tenants), select: { id: true } });
      return { in: rows.map((r) => r.id) };
    }
  }
}

/** Customer tenants the caller may filter by (removed ones too: their history is still there). */
export async function auditTenantOptions(prisma: PrismaClient, scope: AuditScope): Promise<{ id: string; name: string }[]> {
  const where = scope.kind === "all" ? {} : scopeWhere(scope.tenants);
  const rows = await prisma.tenant.findMany({ where, select: { id: true, displayName: true }, orderBy: { displayName: "asc" }, take: 2000 });
  return rows.map((r) => ({ id: r.id, name: r.displayName }));
}
