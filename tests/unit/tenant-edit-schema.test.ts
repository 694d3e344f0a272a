import { describe, expect, it } from "vitest";

import { editTenantSchema, parseTags } from "@/components/tenants/edit-tenant-schema";
import { tenantPatchSchema } from "@/lib/tenants/update";

describe("alias and tags form", () => {
  it("splits the tags line, trims and drops duplicates regardless of case", () => {
    expect(parseTags(" Gold, manufacturing ,gold,, Tier 1 ")).toEqual(["Gold", "manufacturing", "Tier 1"]);
    expect(parseTags("")).toEqual([]);
  });

  it("refuses in the browser what the API would refuse", () => {
    const cases = ["-leading dash", "a".repeat(41), "semi;colon"];
    for (const tag of cases) {
      expect(editTenantSchema.safeParse({ alias: "", tags: tag }).success, tag).toBe(false);
      expect(tenantPatchSchema.safeParse({ tags: [tag] }).success, tag).toBe(false);
    }
    const ok = "Gold, Tier 1, region:EU, a/b";
    expect(editTenantSchema.safeParse({ alias: "HQ", tags: ok }).success).toBe(true);
    expect(tenantPatchSchema.safeParse({ alias: "HQ", tags: parseTags(ok) }).success).toBe(true);
  });

  it("limits the alias like the API does", () => {
    expect(editTenantSchema.safeParse({ alias: "x".repeat(101), tags: "" }).success).toBe(false);
    expect(tenantPatchSchema.safeParse({ alias: "x".repeat(101) }).success).toBe(false);
  });
});
