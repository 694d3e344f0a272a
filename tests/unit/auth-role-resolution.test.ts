import { describe, expect, it } from "vitest";

import { resolveRole, type RoleMappingRule } from "@/lib/auth/role-resolution";
import { highestRole } from "@/lib/auth/roles";

const ADMINS = "0b8a5a1e-1111-4c1a-9a1b-000000000001";
const TECHS = "0b8a5a1e-1111-4c1a-9a1b-000000000002";
const DESK = "0b8a5a1e-1111-4c1a-9a1b-000000000003";
const mappings: RoleMappingRule[] = [
  { claimType: "group", claimValue: ADMINS, role: "admin" },
  { claimType: "group", claimValue: TECHS, role: "technician" },
  { claimType: "group", claimValue: DESK, role: "service_desk" },
  { claimType: "app_role", claimValue: "Tenantry.ReadOnly", role: "read_only" },
  { claimType: "app_role", claimValue: "Tenantry.Admin", role: "admin" },
];

describe("resolveRole", () => {
  it("maps a group claim to its role", () => {
    expect(resolveRole({ groups: [TECHS] }, mappings)).toBe("technician");
  });

  it("takes the highest role when several groups map", () => {
    expect(resolveRole({ groups: [DESK, TECHS] }, mappings)).toBe("technician");
    expect(resolveRole({ groups: [DESK, ADMINS, TECHS] }, mappings)).toBe("admin");
  });

  it("combines group and app-role claims", () => {
    expect(resolveRole({ groups: [DESK], roles: ["Tenantry.Admin"] }, mappings)).toBe("admin");
    expect(resolveRole({ roles: ["Tenantry.ReadOnly"] }, mappings)).toBe("read_only");
  });

  it("compares group ids case-insensitively but app-role values exactly", () => {
    expect(resolveRole({ groups: [TECHS.toUpperCase()] }, mappings)).toBe("technician");
    expect(resolveRole({ roles: ["tenantry.admin"] }, mappings)).toBeNull();
  });

  it("does not let a group id match an app-role mapping or the reverse", () => {
    expect(resolveRole({ roles: [ADMINS] }, mappings)).toBeNull();
    expect(resolveRole({ groups: ["Tenantry.Admin"] }, mappings)).toBeNull();
  });

  it("returns null without a mapped claim, and ignores malformed claims", () => {
    expect(resolveRole({}, mappings)).toBeNull();
    expect(resolveRole({ groups: ["ffffffff-0000-0000-0000-000000000000"] }, mappings)).toBeNull();
    expect(resolveRole({ groups: ADMINS, roles: { admin: true } }, mappings)).toBeNull();
    expect(resolveRole({ groups: [42, null, TECHS] }, mappings)).toBe("technician");
    expect(resolveRole({ groups: [ADMINS] }, [])).toBeNull();
  });
});

describe("highestRole", () => {
  it("orders admin > technician > service_desk > read_only", () => {
    expect(highestRole(["read_only", "service_desk"])).toBe("service_desk");
    expect(highestRole(["read_only", "admin", "technician"])).toBe("admin");
    expect(highestRole([])).toBeNull();
  });
});
