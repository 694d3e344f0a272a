import type { Prisma } from "../generated/prisma/client";

/**
 * Which customer tenants a caller may see. Every tenant query takes one as an argument (STYLE:
 * midday): today every signed-in role sees `{ kind: "all" }`; per-technician scopes from the authz
 * work plug in here. A tenant outside the scope must be indistinguishable from a missing one (404),
 * so queries filter by scope rather than check it afterwards.
 */
export type TenantScope =
  | { kind: "all" }
  | { kind: "list"; tenantIds: readonly string[] }
  | { kind: "tags"; tags: readonly string[] }
  | { kind: "allExcept"; tenantIds: readonly string[] };

export const ALL_TENANTS: TenantScope = { kind: "all" };

const lower = (ids: readonly string[]) => ids.map((id) => id.toLowerCase());

/** The scope as a Prisma filter on Tenant. */
export function scopeWhere(scope: TenantScope): Prisma.TenantWhereInput {
  switch (scope.kind) {
    case "all":
      return {};
    case "list":
      return { id: { in: lower(scope.tenantIds) } };
    case "tags":
      return { tags: { hasSome: [...scope.tags] } };
    case "allExcept":
      return { id: { notIn: lower(scope.tenantIds) } };
  }
}

/** The same rule as a predicate over rows already in memory (the list snapshot). */
export function scopePredicate(scope: TenantScope): (t: { id: string; tags: readonly string[] }) => boolean {
  switch (scope.kind) {
    case "all":
      return () => true;
    case "list": {
      const ids = new Set(lower(scope.tenantIds));
      return (t) => ids.has(t.id);
    }
    case "tags": {
      const tags = new Set(scope.tags);
      return (t) => t.tags.some((tag) => tags.has(tag));
    }
    case "allExcept": {
      const ids = new Set(lower(scope.tenantIds));
      return (t) => !ids.has(t.id);
    }
  }
}
