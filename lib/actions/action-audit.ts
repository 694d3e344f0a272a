import { auditActor } from "@/lib/audit/actor";
import type { AuditActor, AuditOutcome } from "@/lib/audit/events";
import { recordAudit, type RecordedAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/types";
import { redact } from "./redact";
import type { AnyActionDefinition } from "./types";

/** Set when an approved request runs: the approver is named next to the requester. */
export interface ApprovedBy {
  id: string;
  approver: AuditActor;
}

/**
 * The audit rows of one action request. Every row carries the action id, the requester, the
 * tenant, the target and the redacted input; the ticket is lifted to `detail.ticket` for filtering.
 */
export function actionAuditor(db: Db, def: AnyActionDefinition, actor: Actor, approval?: ApprovedBy) {
  let tenantId: string | null = null;
  let target: string | null = null;
  let base: Record<string, unknown> = {};
  if (approval) base.approval = { id: approval.id, approvedBy: approval.approver };

  return {
    tenant(id: string) {
      tenantId = id;
    },
    input(input: Record<string, unknown>) {
      target = def.audit.target(input);
      const { ticket, ...rest } = input;
      base = { ...base, input: redact(rest, def.audit.redact), ...(ticket ? { ticket } : {}) };
    },
    write(outcome: AuditOutcome, detail: Record<string, unknown> = {}, requestIds: string[] = [], tx: Db = db): Promise<RecordedAudit> {
      return recordAudit(tx, {
        action: def.id as Parameters<typeof recordAudit>[1]["action"],
        actor: auditActor(actor),
        outcome,
        tenantId,
        target,
        detail: { ...base, ...redact(detail, def.audit.redact) },
        requestIds: [...new Set(requestIds)],
      });
    },
  };
}

export type ActionAuditor = ReturnType<typeof actionAuditor>;
