import { auditActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Stores one admin-edited Setting and audits it as `settings.changed` (before and after) in the same
 * transaction. The value is the owner's already-parsed input; saving the same value again writes
 * and records nothing.
 */
export async function saveSetting<T>(prisma: PrismaClient, actor: Actor, key: string, value: T, fallback: T) {
  return prisma.$transaction(async (tx) => {
    const row = await tx.setting.findUnique({ where: { key } });
    const before = row?.value ?? fallback;
    if (JSON.stringify(before) === JSON.stringify(value)) return { value, changed: false };
    const json = value as Prisma.InputJsonValue;
    await tx.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
    await recordAudit(tx, { action: "settings.changed", actor: auditActor(actor), outcome: "succeeded", target: key, detail: { before, after: value } });
    return { value, changed: true };
  });
}
