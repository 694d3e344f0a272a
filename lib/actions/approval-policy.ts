import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { ROLES } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/types";
import type { AnyActionDefinition } from "./types";

// Four-eyes beyond the definitions' own `approval: true`: an admin-edited policy (Setting row) that
// marks actions as needing approval for some roles, tenants or tenant tags.

export const APPROVAL_POLICY_SETTING = "actions.approval_policy";

export const approvalRuleSchema = z.strictObject({
  /** action ids, or "*" for every action */
  actions: z.array(z.string().min(1).max(100)).min(1).max(100),
  /** only when requested by these roles (all roles when absent) */
  roles: z.array(z.enum(ROLES)).max(ROLES.length).optional(),
  /** only in these tenants (ids) or tenants carrying any of these tags (all tenants when both absent) */
  tenantIds: z.array(z.string().max(64)).max(1000).optional(),
  tenantTags: z.array(z.string().max(64)).max(100).optional(),
});

export const approvalPolicySchema = z.strictObject({ rules: z.array(approvalRuleSchema).max(200) });
export type ApprovalPolicy = z.infer<typeof approvalPolicySchema>;

export const EMPTY_POLICY: ApprovalPolicy = { rules: [] };

/** The stored policy; an unreadable one counts as "approval for everything" rather than none. */
export async function loadApprovalPolicy(db: Db): Promise<ApprovalPolicy> {
  const row = await db.setting.findUnique({ where: { key: APPROVAL_POLICY_SETTING } });
  if (!row) return EMPTY_POLICY;
  const parsed = approvalPolicySchema.safeParse(row.value);
  return parsed.success ? parsed.data : { rules: [{ actions: ["*"] }] };
}

/** Why this request needs a second person, or null when it may run now. Pure. */
export function approvalReason(
  def: AnyActionDefinition,
  actor: Pick<Actor, "role">,
  tenant: { id: string; tags: readonly string[] },
  policy: ApprovalPolicy,
): string | null {
  if (def.approval) return `${def.title} always needs a second person's approval.`;
  const hit = policy.rules.find(
    (r) =>
      (r.actions.includes("*") || r.actions.includes(def.id)) &&
      (!r.roles || r.roles.includes(actor.role)) &&
      ((!r.tenantIds && !r.tenantTags) ||
        r.tenantIds?.some((id) => id.toLowerCase() === tenant.id) ||
        r.tenantTags?.some((t) => tenant.tags.includes(t))),
  );
  return hit ? `The approval policy requires a second person's approval for ${def.title.toLowerCase()} here.` : null;
}
