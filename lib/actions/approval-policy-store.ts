import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { saveSetting } from "@/lib/settings/save";
import { APPROVAL_POLICY_SETTING, approvalPolicySchema, EMPTY_POLICY, type ApprovalPolicy } from "./approval-policy";

// Reading and replacing the stored approval policy (admins, Settings → Approvals).

export interface StoredPolicy {
  policy: ApprovalPolicy;
  /** false when the stored value no longer parses: the executor then asks approval for everything */
  valid: boolean;
  updatedAt: string | null;
}

export async function readApprovalPolicy(prisma: PrismaClient): Promise<StoredPolicy> {
  const row = await prisma.setting.findUnique({ where: { key: APPROVAL_POLICY_SETTING } });
  if (!row) return { policy: EMPTY_POLICY, valid: true, updatedAt: null };
  const parsed = approvalPolicySchema.safeParse(row.value);
  return { policy: parsed.success ? parsed.data : EMPTY_POLICY, valid: parsed.success, updatedAt: row.updatedAt.toISOString() };
}

/** Tenants a rule names must be customer tenants Tenantry knows, or the rule would silently never match. */
async function checkTenants(tx: Prisma.TransactionClient, policy: ApprovalPolicy) {
  const named = [...new Set(policy.rules.flatMap((r) => r.tenantIds ?? []))];
  if (!named.length) return;
  const known = new Set((await tx.tenant.findMany({ where: { id: { in: named } }, select: { id: true } })).map((t) => t.id));
  const fields: Record<string, string[]> = {};
  policy.rules.forEach((r, i) =>
    r.tenantIds?.forEach((id, j) => {
      if (!known.has(id)) fields[`rules.${i}.tenantIds.${j}`] = [`"${id}" is not a customer tenant Tenantry knows`];
    }),
  );
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", "Some fields are invalid.", { fields });
}

/** Replaces the policy (audited as `settings.changed`); an identical policy changes (and records) nothing. */
export async function saveApprovalPolicy(prisma: PrismaClient, policy: ApprovalPolicy, actor: Actor): Promise<StoredPolicy & { changed: boolean }> {
  const saved = await saveSetting(prisma, actor, APPROVAL_POLICY_SETTING, policy, EMPTY_POLICY, (tx) => checkTenants(tx, policy));
  return { policy, valid: true, updatedAt: saved.updatedAt, changed: saved.changed };
}
