import { z } from "zod";

import type { ApprovalPolicy } from "@/lib/actions/approval-policy";
import { ROLES } from "@/lib/auth/roles";

// The "add a rule" form's values and how they become one policy rule (the API re-validates it).

type Rule = ApprovalPolicy["rules"][number];

export const approvalRuleFormSchema = z
  .object({
    which: z.enum(["all", "chosen"]),
    actions: z.array(z.string()),
    roles: z.array(z.enum(ROLES)),
    where: z.enum(["all", "tenants", "tags"]),
    tenantIds: z.array(z.string()),
    tenantTags: z.string().trim().max(500, "is too long"),
  })
  .superRefine((v, ctx) => {
    if (v.which === "chosen" && v.actions.length === 0) ctx.addIssue({ code: "custom", path: ["actions"], message: "Choose at least one action, or every action." });
    if (v.where === "tenants" && v.tenantIds.length === 0) ctx.addIssue({ code: "custom", path: ["tenantIds"], message: "Choose at least one tenant." });
    if (v.where === "tags" && splitTags(v.tenantTags).length === 0) ctx.addIssue({ code: "custom", path: ["tenantTags"], message: "Name at least one tag." });
  });

export type ApprovalRuleForm = z.infer<typeof approvalRuleFormSchema>;

export const EMPTY_RULE_FORM: ApprovalRuleForm = { which: "chosen", actions: [], roles: [], where: "all", tenantIds: [], tenantTags: "" };

const splitTags = (text: string) => text.split(",").map((t) => t.trim()).filter(Boolean);

export function toRule(v: ApprovalRuleForm): Rule {
  return {
    actions: v.which === "all" ? ["*"] : v.actions,
    ...(v.roles.length ? { roles: v.roles } : {}),
    ...(v.where === "tenants" ? { tenantIds: v.tenantIds } : {}),
    ...(v.where === "tags" ? { tenantTags: splitTags(v.tenantTags) } : {}),
  };
}

/** A server field error on the new rule (`rules.<n>.tenantIds.0`) → the form field it belongs to. */
export function formFieldOf(path: string, index: number): keyof ApprovalRuleForm | null {
  const m = /^rules\.(\d+)\.(actions|roles|tenantIds|tenantTags)/.exec(path);
  return m && Number(m[1]) === index ? (m[2] as keyof ApprovalRuleForm) : null;
}
