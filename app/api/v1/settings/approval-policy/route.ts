import { approvalPolicyInputSchema } from "@/lib/actions/approval-policy-input";
import { readApprovalPolicy, saveApprovalPolicy } from "@/lib/actions/approval-policy-store";
import { apiRoute } from "@/lib/api/handler";
import { rolesWith } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db/client";

const roles = rolesWith("settings.manage");

/** Which actions need a second person's approval beyond those that always do (admins only). */
export const GET = apiRoute({ roles }, async () => readApprovalPolicy(prisma));

/** Replaces the whole policy: `{ rules: [{ actions, roles?, tenantIds?, tenantTags? }] }`. */
export const PUT = apiRoute({ roles }, async ({ actor, body }) => saveApprovalPolicy(prisma, await body(approvalPolicyInputSchema), actor));
