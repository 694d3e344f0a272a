import { describe, expect, it } from "vitest";

import { formatIn } from "@/components/approvals/format";
import { approvalRuleFormSchema, EMPTY_RULE_FORM, formFieldOf, toRule } from "@/components/settings/approval-rule-schema";
import { approvalReason } from "@/lib/actions/approval-policy";
import { approvalPolicyInputSchema } from "@/lib/actions/approval-policy-input";
import { ACTIONS } from "@/lib/actions/registry";

const T = { id: "4f1c6c53-0000-4000-8000-000000000001", tags: ["vip"] };

describe("the approval rule form", () => {
  it("asks for at least one action, tenant or tag when that choice is made", () => {
    const issues = (v: object) => approvalRuleFormSchema.safeParse({ ...EMPTY_RULE_FORM, ...v }).error?.issues.map((i) => i.path.join("."));
    expect(issues({})).toEqual(["actions"]);
    expect(issues({ which: "all" })).toBeUndefined();
    expect(issues({ which: "all", where: "tenants" })).toEqual(["tenantIds"]);
    expect(issues({ which: "all", where: "tags", tenantTags: " , " })).toEqual(["tenantTags"]);
  });

  it("becomes the rule the executor reads, matching only where it says", () => {
    const rule = toRule({ ...EMPTY_RULE_FORM, actions: ["user.block_sign_in"], roles: ["technician"], where: "tags", tenantTags: "vip, regulated", tenantIds: ["ignored"] });
    expect(rule).toEqual({ actions: ["user.block_sign_in"], roles: ["technician"], tenantTags: ["vip", "regulated"] });
    const policy = approvalPolicyInputSchema.parse({ rules: [rule] });
    expect(approvalReason(ACTIONS["user.block_sign_in"], { role: "technician" }, T, policy)).toMatch(/approval policy/);
    expect(approvalReason(ACTIONS["user.block_sign_in"], { role: "admin" }, T, policy)).toBeNull();
    expect(approvalReason(ACTIONS["user.block_sign_in"], { role: "technician" }, { ...T, tags: [] }, policy)).toBeNull();
    expect(toRule({ ...EMPTY_RULE_FORM, which: "all", actions: ["user.create"] })).toEqual({ actions: ["*"] });
  });

  it("maps the API's field errors on the new rule back to its fields", () => {
    expect(formFieldOf("rules.2.tenantIds.0", 2)).toBe("tenantIds");
    expect(formFieldOf("rules.1.actions.0", 2)).toBeNull();
  });
});

describe("the policy as submitted", () => {
  it("drops empty lists (which would never match) and lower-cases tenant ids", () => {
    expect(approvalPolicyInputSchema.parse({ rules: [{ actions: ["*", "user.create"], roles: [], tenantIds: [T.id.toUpperCase(), T.id], tenantTags: [] }] })).toEqual({ rules: [{ actions: ["*"], tenantIds: [T.id] }] });
  });
});

describe("expires in", () => {
  const now = Date.parse("2026-12-07T12:00:00Z");
  it("reads in minutes, then hours", () => {
    expect(formatIn("2026-12-07T12:20:00Z", now)).toBe("in 20 min");
    expect(formatIn("2026-12-07T14:30:00Z", now)).toBe("in 2 h 30 min");
    expect(formatIn("2026-12-08T11:40:00Z", now)).toBe("in 23 h");
    expect(formatIn("2026-12-07T11:00:00Z", now)).toBe("now");
  });
});
