import { z } from "zod";

import { approvalPolicySchema, approvalRuleSchema, type ApprovalPolicy } from "./approval-policy";
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

const knownAction = z.string().refine((id) => id === "*" || isActionId(id), { error: (i) => `"${String(i.input).slice(0, 100)}" is not an action (GET /api/v1/actions lists them)` });

// The stored shape, with each action id checked against the registry in place (so an unknown action
// and, say, a bad role in another rule are reported together).
const rule = approvalRuleSchema.extend({ actions: approvalRuleSchema.shape.actions.element.pipe(knownAction).array().min(1).max(100) });

export const approvalPolicyInputSchema = approvalPolicySchema.extend({ rules: rule.array().max(200) }).transform(normalise);
