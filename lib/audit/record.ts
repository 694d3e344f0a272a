import { isClient, type Db } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashAuditRow } from "./canonical";
import type { AuditEventInput } from "./events";

// An arbitrary constant shared by every writer; pg_advisory_xact_lock releases it at commit.
const AUDIT_CHAIN_LOCK = 0x74_6e_74_61; // "tnta"

export interface RecordedAudit {
  id: bigint;
  hash: string;
}

/**
 * Appends one audit row, chained to the previous one. Writers are serialised by an advisory lock
 * held until commit, so two concurrent writers can never both chain onto the same row.
 *
 * Pass an open transaction to make the audit row and the audited change commit (or fail)
 * together; given a plain client it opens its own. Errors propagate: callers must not proceed
 * with an action whose audit row could not be written.
 */
export async function recordAudit(db: Db, event: AuditEventInput): Promise<RecordedAudit> {
  if (isClient(db)) return db.$transaction((tx) => append(tx, event));
  return append(db, event);
}

async function append(tx: Prisma.TransactionClient, event: AuditEventInput): Promise<RecordedAudit> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const row = {
    // Millisecond precision matches the column (timestamptz(3)), so the hash survives a round trip.
    at: new Date(Date.now()),
    actorType: event.actor.type,
    actorId: event.actor.id ?? null,
    actorName: event.actor.name ?? null,
    role: event.actor.role ?? null,
    action: event.action,
    tenantId: event.tenantId ?? null,
    target: event.target ?? null,
    outcome: event.outcome,
    // A JSON round trip drops undefined and normalises values exactly as jsonb will store them.
    detail: JSON.parse(JSON.stringify(event.detail ?? {})) as Prisma.InputJsonObject,
    requestIds: event.requestIds ?? [],
    prevHash: last?.hash ?? null,
  };
  const hash = hashAuditRow(row);
  const created = await tx.auditEvent.create({ data: { ...row, hash }, select: { id: true, hash: true } });
  return created;
}
