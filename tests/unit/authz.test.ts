import { describe, expect, it } from "vitest";

import { approvalReason } from "@/lib/actions/approval-policy";
import { ACTIONS } from "@/lib/actions/registry";
import { redact } from "@/lib/actions/redact";
import { evaluateGuards, type TargetFacts } from "@/lib/authz/guards";
import { can, PERMISSIONS } from "@/lib/authz/permissions";
import { DIRECTORY_ROLE } from "@/lib/microsoft/graph/directory-roles";

const T = { id: "11111111-1111-4111-8111-111111111111", tags: ["gold"] };
const ALL = { kind: "all" } as const;

describe("can()", () => {
  it("follows the permission table for each role", () => {
    for (const [permission, { roles }] of Object.entries(PERMISSIONS)) {
      for (const role of ["admin", "technician", "service_desk", "read_only"] as const) {
        expect(can({ role }, permission as keyof typeof PERMISSIONS, T, ALL).ok).toBe((roles as readonly string[]).includes(role));
      }
    }
  });

  it("says who could do it instead", () => {
    expect(can({ role: "service_desk" }, "users.block_sign_in", T, ALL)).toEqual({ ok: false, reason: "role", message: "Service desk cannot block and unblock sign-in. Ask a technician or an admin." });
    expect(can({ role: "read_only" }, "users.reset_password", T, ALL)).toMatchObject({ message: expect.stringMatching(/Ask someone with the technician or service desk role or an admin/) });
  });

  it("applies every kind of tenant scope, and reports scope before role", () => {
    const tech = { role: "technician" as const };
    expect(can(tech, "users.read", T, { kind: "list", tenantIds: [T.id.toUpperCase()] }).ok).toBe(true);
    expect(can(tech, "users.read", T, { kind: "list", tenantIds: [] })).toMatchObject({ ok: false, reason: "scope" });
    expect(can(tech, "users.read", T, { kind: "allExcept", tenantIds: [T.id] })).toMatchObject({ reason: "scope" });
    expect(can(tech, "users.read", T, { kind: "tags", tags: ["gold"] }).ok).toBe(true);
    expect(can(tech, "users.read", T, { kind: "tags", tags: ["silver"] }).ok).toBe(false);
    expect(can({ role: "read_only" }, "users.reset_password", T, { kind: "list", tenantIds: [] })).toMatchObject({ reason: "scope" });
    expect(can(tech, "approvals.decide", null, { kind: "list", tenantIds: [] }).ok).toBe(true);
  });
});

describe("object guards", () => {
  const facts = (o: Partial<TargetFacts>): TargetFacts => ({ target: { id: "u1", userPrincipalName: "ann@contoso.com", displayName: "Ann" }, directoryRoles: [], protectedBy: null, partnerTenant: false, ...o });
  const guards = ["partner_tenant", "protected_account", "privileged_target"] as const;
  const ga = [{ roleTemplateId: DIRECTORY_ROLE.globalAdministrator, displayName: "Global Administrator" }];
  const ua = [{ roleTemplateId: DIRECTORY_ROLE.userAdministrator, displayName: "User Administrator" }];

  it("never restrict admins", () => {
    expect(evaluateGuards(guards, "admin", facts({ directoryRoles: ga, partnerTenant: true, protectedBy: { source: "list", reason: "x" } }))).toBeNull();
  });

  it("keep service desk off every admin role, technicians off tier 0 only", () => {
    expect(evaluateGuards(guards, "service_desk", facts({ directoryRoles: ua }))?.message).toBe(
      "Ann (ann@contoso.com) holds User Administrator in this tenant. Service desk cannot act on admin accounts; ask a technician or an admin.",
    );
    expect(evaluateGuards(guards, "technician", facts({ directoryRoles: ua }))).toBeNull();
    expect(evaluateGuards(guards, "technician", facts({ directoryRoles: ga }))?.guard).toBe("privileged_target");
    expect(evaluateGuards(guards, "service_desk", facts({}))).toBeNull();
  });

  it("keep non-admins off protected accounts and the partner's own tenant", () => {
    expect(evaluateGuards(guards, "technician", facts({ protectedBy: { source: "pattern", reason: "its name marks it as a break-glass account" } }))?.guard).toBe("protected_account");
    expect(evaluateGuards(guards, "technician", facts({ partnerTenant: true }))?.guard).toBe("partner_tenant");
  });
});

describe("approval policy", () => {
  const block = ACTIONS["user.block_sign_in"];
  it("marks actions for roles, tenants and tags", () => {
    expect(approvalReason(block, { role: "technician" }, T, { rules: [] })).toBeNull();
    expect(approvalReason(block, { role: "technician" }, T, { rules: [{ actions: ["user.block_sign_in"], roles: ["technician"] }] })).toMatch(/approval policy/);
    expect(approvalReason(block, { role: "admin" }, T, { rules: [{ actions: ["*"], roles: ["technician"] }] })).toBeNull();
    expect(approvalReason(block, { role: "admin" }, T, { rules: [{ actions: ["*"], tenantTags: ["gold"] }] })).not.toBeNull();
    expect(approvalReason(block, { role: "admin" }, T, { rules: [{ actions: ["*"], tenantIds: ["22222222-2222-4222-8222-222222222222"] }] })).toBeNull();
    expect(approvalReason({ ...block, approval: true }, { role: "admin" }, T, { rules: [] })).toMatch(/always needs/);
  });
});

describe("redact", () => {
  it("masks named fields at any depth and leaves the rest", () => {
    expect(redact({ a: 1, password: "x", nested: [{ password: "y", b: 2 }] }, ["password"])).toEqual({ a: 1, password: "[redacted]", nested: [{ password: "[redacted]", b: 2 }] });
  });
});
