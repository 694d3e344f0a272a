import type { AuditAction, AuditActor, AuditOutcome } from "../audit/events";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/types";

export type SamAuditAction = Extract<AuditAction, `sam.${string}`>;

export const auditActor = (actor: Actor): AuditActor => ({ type: actor.type, id: actor.id, name: actor.upn ?? actor.name, role: actor.role });

/**
 * Audits a partner-connection change. Details are ids, UPNs and error codes only — never a
 * secret or token.
 */
export function auditSam(db: Db, actor: Actor, action: SamAuditAction, outcome: AuditOutcome, detail: Record<string, unknown> = {}) {
  return recordAudit(db, { action, actor: auditActor(actor), outcome, target: "sam_connection", detail });
}
