import { describe, expect, it } from "vitest";

import { scopeFormSchema, toForm, toScope } from "@/components/settings/scope-form";
import { scopeSummary } from "@/components/settings/scope-summary";
import { scopeInputSchema } from "@/lib/authz/scope";

const A = "0a1b2c3d-0000-4000-8000-00000000000a";
const B = "0a1b2c3d-0000-4000-8000-00000000000b";
const names = { [A]: "Contoso", [B]: "Fabrikam" };

describe("the tenant scope editor", () => {
  it("round-trips every kind of scope through the form into a body the API accepts", () => {
    for (const scope of [{ kind: "all" }, { kind: "allExcept", tenantIds: [A] }, { kind: "list", tenantIds: [A, B] }, { kind: "tags", tags: ["managed", "vip"] }] as const) {
      const form = toForm(scope, names);
      expect(scopeFormSchema.safeParse(form).success, scope.kind).toBe(true);
      expect(toScope(form)).toEqual(scope);
      expect(scopeInputSchema.safeParse(toScope(form)).success).toBe(true);
    }
    expect(toForm({ kind: "list", tenantIds: [A] }, names).tenants).toEqual([{ id: A, displayName: "Contoso" }]);
  });

  it("asks for a tenant or a tag where the kind needs one", () => {
    const errors = (v: object) => scopeFormSchema.safeParse({ kind: "all", tenants: [], tags: "", ...v }).error?.issues.map((i) => i.path.join("."));
    expect(errors({ kind: "list" })).toEqual(["tenants"]);
    expect(errors({ kind: "allExcept" })).toEqual(["tenants"]);
    expect(errors({ kind: "tags", tags: " , " })).toEqual(["tags"]);
    expect(errors({ kind: "tags", tags: "x".repeat(41) })).toEqual(["tags"]);
    expect(toScope({ kind: "tags", tenants: [], tags: " managed, vip ,managed" })).toEqual({ kind: "tags", tags: ["managed", "vip"] });
  });

  it("summarises a scope in words, with tenant names where known", () => {
    expect(scopeSummary({ kind: "all" }, names)).toBe("All tenants");
    expect(scopeSummary({ kind: "list", tenantIds: [A] }, names)).toBe("Only Contoso");
    expect(scopeSummary({ kind: "list", tenantIds: [] }, names)).toBe("No tenants");
    expect(scopeSummary({ kind: "allExcept", tenantIds: [A, B, "c", "d", "e"] }, names)).toBe("All tenants except Contoso, Fabrikam, c and 2 more");
    expect(scopeSummary({ kind: "tags", tags: ["managed"] }, names)).toBe("Tenants tagged managed");
  });
});
