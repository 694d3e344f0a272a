import { apiFetch } from "@/lib/api/client";
import type { ApprovalListItem, ApprovalView } from "@/lib/actions/approval-view";

// Query keys and browser calls for the approvals API, shared by the table and the server prefetch.

export const APPROVAL_FILTERS = ["pending", "approved", "rejected", "expired", "all"] as const;
export type ApprovalFilter = (typeof APPROVAL_FILTERS)[number];

export const parseApprovalFilter = (value: unknown): ApprovalFilter =>
  (APPROVAL_FILTERS as readonly unknown[]).includes(value) ? (value as ApprovalFilter) : "pending";

export const approvalKeys = {
  all: () => ["approvals"] as const,
  list: (status: ApprovalFilter) => ["approvals", "list", status] as const,
};

export const fetchApprovals = (status: ApprovalFilter, signal?: AbortSignal) =>
  apiFetch<{ items: ApprovalListItem[] }>(`/api/v1/approvals?status=${status}`, { signal });

export interface DecisionAnswer {
  approval: ApprovalView;
  /** the executor's answer once approved (`status` succeeded or failed); null after a rejection */
  run: { status: string; summary?: string; error?: { code: string; message: string } } | null;
}

export const decideApproval = (id: string, verb: "approve" | "reject", comment: string) =>
  apiFetch<DecisionAnswer>(`/api/v1/approvals/${encodeURIComponent(id)}/${verb}`, { method: "POST", body: comment ? { comment } : {} });
