import { z } from "zod";

import { parseTags } from "@/components/tenants/edit-tenant-schema";
import type { TenantScope } from "@/lib/tenants/scope";

// The scope editor's form: tenants are picked with their names (for the badges) and tags typed as a
// comma list; toScope() turns it into the body of PUT /api/v1/app-users/{id}/scope.

export const SCOPE_KINDS = { all: "All tenants", allExcept: "All tenants except…", list: "Only these tenants…", tags: "Tenants tagged…" } as const;

export const scopeFormSchema = z
  .object({
    kind: z.enum(["all", "allExcept", "list", "tags"]),
    tenants: z.array(z.object({ id: z.string(), displayName: z.string() })).max(1000, "At most 1,000 tenants."),
    tags: z.string().max(2000, "Too many tags."),
  })
  .superRefine((v, ctx) => {
    if ((v.kind === "list" || v.kind === "allExcept") && v.tenants.length === 0) ctx.addIssue({ code: "custom", path: ["tenants"], message: "Choose at least one tenant." });
    if (v.kind === "tags" && parseTags(v.tags).length === 0) ctx.addIssue({ code: "custom", path: ["tags"], message: "Enter at least one tag." });
    // a tenant tag has at most 40 characters, so a longer one could never match
    if (v.kind === "tags" && parseTags(v.tags).some((t) => t.length > 40)) ctx.addIssue({ code: "custom", path: ["tags"], message: "A tag has at most 40 characters." });
  });
export type ScopeForm = z.infer<typeof scopeFormSchema>;

export function toForm(scope: TenantScope, names: Record<string, string>): ScopeForm {
  const ids = scope.kind === "list" || scope.kind === "allExcept" ? scope.tenantIds : [];
  return { kind: scope.kind, tenants: ids.map((id) => ({ id, displayName: names[id] ?? id })), tags: scope.kind === "tags" ? scope.tags.join(", ") : "" };
}

export function toScope(v: ScopeForm): TenantScope {
  switch (v.kind) {
    case "all":
      return { kind: "all" };
    case "allExcept":
    case "list":
      return { kind: v.kind, tenantIds: v.tenants.map((t) => t.id) };
    case "tags":
      return { kind: "tags", tags: parseTags(v.tags) };
  }
}
