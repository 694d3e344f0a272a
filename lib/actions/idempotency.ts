import { createHash } from "node:crypto";

import { canonicalJson } from "@/lib/audit/canonical";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Idempotency-Key (per actor + action + tenant): the first request claims the key before anything
// can run; a second request with the same key gets the first answer back and runs nothing.

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

export const IDEMPOTENCY_KEY_RE = /^[A-Za-z0-9_.:-]{1,200}$/;

export interface KeyOwner {
  actorType: "user" | "api_key";
  actorId: string;
  actionId: string;
  tenantId: string;
  key: string;
}

export type Claim = { kind: "claimed"; id: string } | { kind: "replay"; status: number; body: unknown };

export function checkIdempotencyKey(key: string): string {
  if (!IDEMPOTENCY_KEY_RE.test(key)) {
    throw new AppError("VALIDATION_FAILED", "The Idempotency-Key header is invalid.", {
      fields: { "Idempotency-Key": ["must be 1–200 characters of letters, digits and _ . : -"] },
    });
  }
  return key;
}

export async function claimKey(prisma: PrismaClient, owner: KeyOwner, input: unknown): Promise<Claim> {
  const inputHash = createHash("sha256").update(canonicalJson(input)).digest("hex");
  try {
    const row = await prisma.idempotencyKey.create({ data: { ...owner, inputHash }, select: { id: true } });
    return { kind: "claimed", id: row.id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const row = await prisma.idempotencyKey.findUnique({ where: { actorType_actorId_actionId_tenantId_key: owner } });
  if (!row) throw new AppError("CONFLICT", "This Idempotency-Key is in use; retry in a moment.");
  if (row.inputHash !== inputHash) {
    throw new AppError("CONFLICT", "This Idempotency-Key was already used with a different input.", { fixIt: "Use a new key for a new request." });
  }
  if (row.status === "completed") return { kind: "replay", status: row.responseStatus ?? 200, body: row.response };
  // Never run a second time while the first may still be running (or died half-way): a person checks.
  throw new AppError("CONFLICT", "A request with this Idempotency-Key is still running.", {
    fixIt: "Wait for it to finish. If it was interrupted, check the audit log before retrying with a new key.",
  });
}

/** Stores the answer a replay returns; it must already be redacted. */
export async function completeKey(prisma: PrismaClient, id: string, status: number, body: unknown): Promise<void> {
  const response = JSON.parse(JSON.stringify(body ?? null));
  await prisma.idempotencyKey.update({ where: { id }, data: { status: "completed", responseStatus: status, response, completedAt: new Date() } });
}

/** A refused or failed request gives its key back, so a corrected retry with the same key may run. */
export async function releaseKey(prisma: PrismaClient, id: string): Promise<void> {
  await prisma.idempotencyKey.deleteMany({ where: { id, status: "running" } });
}
