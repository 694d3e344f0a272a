import { z } from "zod";
import type { Actor } from "../auth/actor";
import { auditActor } from "../audit/actor";
import { recordAudit } from "../audit/record";
import type { PrismaClient } from "../generated/prisma/client";
import { findTenantInScope } from "./find";
import { invalidateTenantSnapshot } from "./list/snapshot";
import { getTenantDetail } from "./detail";
import type { TenantScope } from "./scope";
import type { TenantDetail } from "./types";

const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _.:/-]*$/u;

/** PATCH /api/v1/tenants/{id} body. Tags are trimmed and de-duplicated; an empty alias clears it. */
export const tenantPatchSchema = z
  .object({
    alias: z
      .string()
      .trim()
      .max(100, "An alias has at most 100 characters.")
      .nullable()
      .optional()
      .transform((v) => (v === "" ? null : v)),
    tags: z
      .array(z.string().trim().min(1, "A tag cannot be empty.").max(40, "A tag has at most 40 characters.").regex(TAG, "A tag uses letters, digits, spaces and _ . : / -."))
      .max(20, "At most 20 tags per tenant.")
      .optional()
      .transform((v) => (v ? [...new Set(v)] : v)),
  })
  .strict()
  .refine((p) => p.alias !== undefined || p.tags !== undefined, { message: "Send alias, tags or both." });

export type TenantPatchInput = z.output<typeof tenantPatchSchema>;

/**
 * Changes a tenant's alias and/or tags (admin only, checked by the route). The change and its audit
 * row commit together; nothing changes if the audit row cannot be written.
 */
export async function updateTenant(prisma: PrismaClient, scope: TenantScope, id: string, patch: TenantPatchInput, actor: Actor): Promise<TenantDetail> {
  await prisma.$transaction(async (tx) => {
    const before = await findTenantInScope(tx, scope, id, { id: true, alias: true, tags: true });
    const data = { ...(patch.alias !== undefined ? { alias: patch.alias } : {}), ...(patch.tags !== undefined ? { tags: patch.tags } : {}) };
    await tx.tenant.update({ where: { id: before.id }, data });
    await recordAudit(tx, {
      action: "tenant.updated",
      actor: auditActor(actor),
      outcome: "succeeded",
      tenantId: before.id,
      target: `tenant:${before.id}`,
      detail: { before: { alias: before.alias, tags: before.tags }, after: data },
    });
  });
  invalidateTenantSnapshot(prisma);
  return getTenantDetail(prisma, scope, id);
}
