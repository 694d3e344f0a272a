import { open, seal, type Sealed } from "@/lib/crypto/envelope";
import type { Actor } from "@/lib/auth/actor";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ActionAuditor } from "./action-audit";
import { holdsRedacted, redact } from "./redact";
import type { AnyActionDefinition } from "./types";

// Creating a four-eyes request (the executor's approval step). Deciding one: approval-decide.ts.

export const APPROVAL_TTL_MS = 24 * 60 * 60 * 1000;

type ApprovalRow = Prisma.ApprovalRequestGetPayload<object>;

// The sealed input is bound to its request's action, tenant and requester: it cannot be moved.
const aad = (r: Pick<ApprovalRow, "actionId" | "tenantId" | "requesterId">) => `approval.input\0${r.actionId}\0${r.tenantId}\0${r.requesterId}`;

const BYTES = ["ciphertext", "iv", "authTag", "wrappedDataKey", "dataKeyIv", "dataKeyTag"] as const;

function sealedToJson(s: Sealed): Prisma.InputJsonObject {
  return { ...Object.fromEntries(BYTES.map((k) => [k, Buffer.from(s[k]).toString("base64")])), masterKeyId: s.masterKeyId, masterKeyVersion: s.masterKeyVersion };
}

function sealedFromJson(j: Record<string, unknown>): Sealed {
  const bytes = Object.fromEntries(BYTES.map((k) => [k, new Uint8Array(Buffer.from(String(j[k]), "base64"))]));
  return { ...(bytes as Pick<Sealed, (typeof BYTES)[number]>), masterKeyId: String(j.masterKeyId), masterKeyVersion: Number(j.masterKeyVersion) };
}

export interface NewApproval {
  def: AnyActionDefinition;
  actor: Actor;
  tenantId: string;
  input: Record<string, unknown>;
  reason: string;
  audit: ActionAuditor;
}

/** Stores the pending request and its `requested` audit row together; nothing runs. */
export async function createApproval(prisma: PrismaClient, a: NewApproval): Promise<{ id: string; expiresAt: Date }> {
  const keys = { actionId: a.def.id, tenantId: a.tenantId, requesterId: a.actor.id };
  const sensitive = holdsRedacted(a.input, a.def.audit.redact);
  const expiresAt = new Date(Date.now() + APPROVAL_TTL_MS);
  return prisma.$transaction(async (tx) => {
    const row = await tx.approvalRequest.create({
      data: {
        ...keys,
        target: a.def.audit.target(a.input),
        displayInput: redact(a.input, a.def.audit.redact) as Prisma.InputJsonObject,
        input: sensitive ? Prisma.DbNull : (a.input as Prisma.InputJsonObject),
        sealedInput: sensitive ? sealedToJson(seal(JSON.stringify(a.input), aad(keys))) : Prisma.DbNull,
        requesterType: a.actor.type,
        requesterName: a.actor.name,
        requesterRole: a.actor.role,
        reason: a.reason,
        expiresAt,
      },
      select: { id: true, expiresAt: true },
    });
    await a.audit.write("requested", { approvalId: row.id, awaiting: "approval", reason: a.reason, expiresAt: row.expiresAt.toISOString() }, [], tx);
    return row;
  });
}

/** The full input of a request, opened when it was sealed. */
export function approvalInput(row: ApprovalRow): unknown {
  if (row.sealedInput) return JSON.parse(open(sealedFromJson(row.sealedInput as Record<string, unknown>), aad(row)).toString("utf8"));
  return row.input;
}
