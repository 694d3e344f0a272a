import { z } from "zod";

import { approvalPolicySchema, type ApprovalPolicy } from "./approval-policy";
import { isActionId } from "./registry";

// The policy as an admin submits it (PUT /api/v1/settings/approval-policy). Client-safe, so the
// settings form checks the same rules before it sends.

const unique = <T,>(xs: readonly T[]) => [...new Set(xs)];

/** Empty lists would make a rule that never matches; absent means "all", so they are dropped. */
function normalise(policy: ApprovalPolicy): ApprovalPolicy {
  return {
    rules: policy.rules.map((r) => {
      const tenantIds = unique((r.tenantIds ?? []).map((id) => id.trim().toLowerCase()).filter(Boolean));
      const tenantTags = unique((r.tenantTags ?? []).map((t) => t.trim()).filter(Boolean));
      return {
        actions: r.actions.includes("*") ? ["*"] : unique(r.actions),
        ...(r.roles?.length ? { roles: unique(r.roles) } : {}),
        ...(tenantIds.length ? { tenantIds } : {}),
        ...(tenantTags.length ? { tenantTags } : {}),
      };
    }),
  };
}

export const approvalPolicyInputSchema = approvalPolicySchema
  .superRefine((policy, ctx) => {
    policy.rules.forEach((rule, i) =>
      rule.actions.forEach((id, j) => {
        if (id !== "*" && !isActionId(id)) ctx.addIssue({ code: "custom", path: ["rules", i, "actions", j], message: `"${id.slice(0, 100)}" is not an action (GET /api/v1/actions lists them)` });
      }),
    );
  })
  .transform(normalise);
