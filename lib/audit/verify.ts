import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashAuditRow } from "./canonical";
import type { AuditVerifyView } from "./types";

export type AuditChainResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: { id: bigint; reason: "hash_mismatch" | "prev_hash_mismatch" } };

const BATCH = 1000;

/**
 * Walks the chain in id order and reports the first row that was edited (its hash no longer
 * matches its fields) or whose link to the previous row is broken (a row was removed or inserted).
 */
export async function verifyAuditChain(prisma: PrismaClient): Promise<AuditChainResult> {
  let checked = 0;
  let previousHash: string | null = null;
  let cursor: bigint | undefined;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({
      where: cursor === undefined ? undefined : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const row of rows) {
      if (row.prevHash !== previousHash) return { ok: false, checked, brokenAt: { id: row.id, reason: "prev_hash_mismatch" } };
      if (hashAuditRow(row) !== row.hash) return { ok: false, checked, brokenAt: { id: row.id, reason: "hash_mismatch" } };
      previousHash = row.hash;
      checked += 1;
    }
    if (rows.length < BATCH) return { ok: true, checked };
    cursor = rows[rows.length - 1].id;
  }
}

/** The chain check as JSON (the row id as a string: a bigint does not survive JSON). */
export async function verifyAuditView(prisma: PrismaClient): Promise<AuditVerifyView> {
  const result = await verifyAuditChain(prisma);
  if (result.ok) return { ok: true, checked: result.checked };
  return { ok: false, checked: result.checked, brokenAt: { id: result.brokenAt.id.toString(), reason: result.brokenAt.reason } };
}
