import type { TenantScope } from "@/lib/tenants/scope";

/** A person's tenant scope in words, naming tenants where their names are known. */
export function scopeSummary(scope: TenantScope, names: Record<string, string>): string {
  const list = (ids: readonly string[]) => {
    const shown = ids.slice(0, 3).map((id) => names[id] ?? id);
    return ids.length > 3 ? `${shown.join(", ")} and ${ids.length - 3} more` : shown.join(", ");
  };
  switch (scope.kind) {
    case "all":
      return "All tenants";
    case "allExcept":
      return scope.tenantIds.length ? `All tenants except ${list(scope.tenantIds)}` : "All tenants";
    case "list":
      return scope.tenantIds.length ? `Only ${list(scope.tenantIds)}` : "No tenants";
    case "tags":
      return `Tenants tagged ${scope.tags.join(", ")}`;
  }
}
