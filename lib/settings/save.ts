import { isDeepStrictEqual } from "node:util";

import { auditActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Stores one admin-edited Setting and audits it as `settings.changed` (before and after) in the same
 * transaction. The value is the owner's already-parsed input; `check` runs inside the transaction
 * for facts the schema cannot know (e.g. that named tenants exist) and throws to refuse. Saving the
 * same value again writes and records nothing.
 */
export async function saveSetting<T>(
  prisma: PrismaClient, actor: Actor, key: string, value: T, fallback: T,
  check?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<{ value: T; changed: boolean; updatedAt: string | null }> {
  return prisma.$transaction(async (tx) => {
    await check?.(tx);
    const row = await tx.setting.findUnique({ where: { key } });
    const before = row?.value ?? fallback;
    if (isDeepStrictEqual(before, value)) return { value, changed: false, updatedAt: row?.updatedAt.toISOString() ?? null };
    const json = value as Prisma.InputJsonValue;
    const saved = await tx.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
    await recordAudit(tx, { action: "settings.changed", actor: auditActor(actor), outcome: "succeeded", target: key, detail: { before, after: value } });
    return { value, changed: true, updatedAt: saved.updatedAt.toISOString() };
  });
}
