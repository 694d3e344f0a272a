import type { ApprovalRequest } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";
import { getAction } from "./registry";

// What the API and the Approvals page show of a request: never the sealed input, only its redacted copy.

export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "expired"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export interface ApprovalView {
  id: string;
  actionId: string;
  title: string;
  tenant: { id: string; name: string | null };
  target: string | null;
  /** the input with redacted fields masked */
  input: Record<string, unknown>;
  reason: string | null;
  status: ApprovalStatus;
  requestedBy: { type: "user" | "api_key" | "system"; id: string; name: string; role: Role };
  createdAt: string;
  expiresAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
  result: { outcome: string; code: string | null; auditId: string | null } | null;
}

/** One request for the caller, with what they may do about it (absent on decide answers). */
export interface ApprovalListItem extends ApprovalView {
  canApprove: boolean;
  /** why Approve is not offered to the caller while the request is pending (null when it is) */
  approveBlocked: string | null;
  /** the requester may withdraw; an approver may refuse */
  canReject: boolean;
  /** the caller asked for it */
  own: boolean;
}

export function presentApproval(r: ApprovalRequest, tenantName: string | null = null): ApprovalView {
  return {
    id: r.id, actionId: r.actionId, title: getAction(r.actionId)?.title ?? r.actionId, tenant: { id: r.tenantId, name: tenantName },
    target: r.target, input: r.displayInput as Record<string, unknown>, reason: r.reason, status: r.status,
    requestedBy: { type: r.requesterType, id: r.requesterId, name: r.requesterName, role: r.requesterRole },
    createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt.toISOString(), decidedBy: r.decidedByName, decidedAt: r.decidedAt?.toISOString() ?? null,
    comment: r.comment, result: r.result as ApprovalView["result"],
  };
}
