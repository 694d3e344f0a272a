import { ApiError } from "@/lib/api/client";
import type { ActionPreview } from "@/lib/actions/body";

// The browser's side of POST /api/v1/tenants/{tenantId}/actions/{actionId} (lib/actions/executor.ts).

export interface ActionSucceeded {
  status: "succeeded";
  action: string;
  tenantId: string;
  summary: string;
  result: Record<string, unknown>;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestIds: string[];
  auditId: string;
  invalidates: string[][];
}

export interface ActionPending {
  status: "pending_approval";
  action: string;
  tenantId: string;
  approval: { id: string; reason: string; expiresAt: string };
}

export interface ActionPreviewResponse {
  status: "preview";
  approvalRequired: boolean;
  /** set once an admin requires a ticket for every action (read as optional until then) */
  ticketRequired?: boolean;
  preview: ActionPreview | null;
}

async function post<T>(url: string, input: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(input),
    credentials: "same-origin",
  });
  const json = (await res.json().catch(() => null)) as { error?: { code: string; message: string; fields?: Record<string, string[]> } } | null;
  if (!res.ok) throw new ApiError(res.status, json?.error?.code ?? "INTERNAL", json?.error?.message ?? `The server answered ${res.status}.`, json?.error?.fields);
  return json as T;
}

const path = (tenantId: string, actionId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}/actions/${encodeURIComponent(actionId)}`;

export const previewAction = (tenantId: string, actionId: string, input: unknown) =>
  post<ActionPreviewResponse>(`${path(tenantId, actionId)}?preview=1`, input);

/** `idempotencyKey` is made once per dialog: a double click or a retry of the same submit runs once. */
export const runAction = (tenantId: string, actionId: string, input: unknown, idempotencyKey: string) =>
  post<ActionSucceeded | ActionPending>(path(tenantId, actionId), input, { "idempotency-key": idempotencyKey });
