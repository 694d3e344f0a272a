import { toAppError } from "@/lib/api/errors";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { tenantScopeFor } from "@/lib/authz/scope";
import { AppError } from "@/lib/errors";
import { actionAuditor, type ActionAuditor, type ApprovedBy } from "./action-audit";
import { approvalReason, loadApprovalPolicy } from "./approval-policy";
import { createApproval } from "./approvals";
import type { ActionContext } from "./body";
import { defaultExecutorDeps, type ExecutorDeps } from "./deps";
import { guardRefusal } from "./guard-facts.server";
import { inputFields } from "./input-errors";
import { claimKey, completeKey, releaseKey, type Claim } from "./idempotency";
import { redact } from "./redact";
import { getAction } from "./registry";
import { BODIES } from "./registry.server";
import { loadTicketPolicy, missingTicket, ticketRequired } from "./ticket-policy";
import { findActionTenant, type ActionTenant } from "./tenant";
import type { AnyActionDefinition } from "./types";

if (typeof window !== "undefined") throw new Error("lib/actions/executor is server-only");

export interface ActionRequest {
  actor: Actor;
  /** from the URL path, never from the body */
  tenantId: string;
  actionId: string;
  input: unknown;
  idempotencyKey?: string | null;
  /** dry run: the definition's preview, no write, no approval */
  preview?: boolean;
  /** set by an approval: runs as the requester, without asking for approval again */
  approval?: ApprovedBy;
}

export interface ActionResponse {
  status: 200 | 202;
  body: Record<string, unknown>;
  /** the answer of an earlier request with the same Idempotency-Key; nothing ran */
  replayed?: boolean;
}

/**
 * THE only path to a write in a customer tenant (STYLE pattern 2). In order: action → tenant from
 * the path within the caller's scope (404) → role (403 + `denied` row) → input (400, no Microsoft
 * call) → [preview stops here, after the guards] → Idempotency-Key claim → object guards on live
 * tenant state (403 GUARD_BLOCKED + `denied` row) → approval (202, pending request) → audit
 * `requested` (nothing runs unless it is written) → run → audit `succeeded` / `failed`.
 * The key is claimed before the guards and the approval step so a double-submit can neither run
 * twice nor file two approval requests.
 */
export async function executeAction(req: ActionRequest, deps: ExecutorDeps = defaultExecutorDeps()): Promise<ActionResponse> {
  const { prisma } = deps;
  const def = getAction(req.actionId);
  if (!def) throw new AppError("NOT_FOUND", `There is no action ${req.actionId}.`, { fixIt: "GET /api/v1/actions lists them." });
  const audit = actionAuditor(prisma, def, req.actor, req.approval);

  const scope = await tenantScopeFor(prisma, req.actor);
  const tenant = await findActionTenant(prisma, scope, req.tenantId, audit);
  const allowed = can(req.actor, def.permission, tenant, scope);
  if (!allowed.ok) {
    const parsed = def.input.safeParse(req.input);
    if (parsed.success) audit.input(parsed.data);
    await audit.write("denied", { reason: "role", message: allowed.message });
    throw new AppError("FORBIDDEN", allowed.message);
  }

  const parsed = def.input.safeParse(req.input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are invalid.", { fields: inputFields(parsed.error) });
  const input = parsed.data as Record<string, unknown>;
  audit.input(input);
  // Ticket policy (Settings → Actions): a required ticket is part of valid input, so its absence is a
  // 400 like any field (no Microsoft call, no row). The preview reports it for the dialog instead of
  // failing; an approved request runs without asking again (the requester's ticket is in its input).
  const needsTicket = !req.approval && ticketRequired(req.actor, await loadTicketPolicy(prisma));
  if (needsTicket && !input.ticket && !req.preview) {
    throw new AppError("VALIDATION_FAILED", "A ticket reference is required.", { fields: { ticket: [missingTicket(req.actor.role)] } });
  }

  const requestIds: string[] = [];
  const graph = deps.graph(tenant.id, (id) => requestIds.push(id));
  const ctx: ActionContext = { tenant: { id: tenant.id, displayName: tenant.displayName }, actor: req.actor, graph, requestIds, users: new Map() };
  const base = { action: def.id, tenantId: tenant.id };

  if (req.preview) {
    await checkGuards(deps, def, ctx, input, audit);
    const approvalRequired = !req.approval && approvalReason(def, req.actor, tenant, await loadApprovalPolicy(prisma)) !== null;
    const preview = def.hasPreview ? await BODIES[def.id as keyof typeof BODIES].preview?.(ctx, input) : undefined;
    return { status: 200, body: { status: "preview", ...base, approvalRequired, ticketRequired: needsTicket, preview: preview ?? null } };
  }

  let claim: Claim | undefined;
  if (req.idempotencyKey && !req.approval) {
    const owner = { actorType: req.actor.type, actorId: req.actor.id, actionId: def.id, tenantId: tenant.id, key: req.idempotencyKey };
    claim = await claimKey(prisma, owner, input);
    if (claim.kind === "replay") return { status: claim.status as 200 | 202, body: claim.body as Record<string, unknown>, replayed: true };
  }
  const claimId = claim?.kind === "claimed" ? claim.id : undefined;
  let mayRelease = true;
  try {
    await checkGuards(deps, def, ctx, input, audit);
    const response = await approvalOrRun(deps, def, req, tenant, ctx, input, audit, () => (mayRelease = false));
    if (claimId) await completeKey(prisma, claimId, response.status, redact(response.body, def.audit.redact));
    return response;
  } catch (error) {
    // Once the run reached Microsoft and succeeded, the key stays taken even if bookkeeping failed.
    if (claimId && mayRelease) await releaseKey(prisma, claimId);
    throw error;
  }
}

async function checkGuards(deps: ExecutorDeps, def: AnyActionDefinition, ctx: ActionContext, input: Record<string, unknown>, audit: ActionAuditor) {
  const refusal = await guardRefusal({ prisma: deps.prisma, graph: ctx.graph, tenantId: ctx.tenant.id, users: ctx.users }, def, input, ctx.actor.role);
  if (!refusal) return;
  await audit.write("denied", { reason: "guard", guard: refusal.guard, message: refusal.message }, ctx.requestIds);
  throw new AppError("GUARD_BLOCKED", refusal.message, { fixIt: "Ask someone whose role the guard allows, or an admin." });
}

async function approvalOrRun(
  deps: ExecutorDeps, def: AnyActionDefinition, req: ActionRequest, tenant: ActionTenant, ctx: ActionContext,
  input: Record<string, unknown>, audit: ActionAuditor, ran: () => void,
): Promise<ActionResponse> {
  const base = { action: def.id, tenantId: tenant.id };
  const reason = req.approval ? null : approvalReason(def, req.actor, tenant, await loadApprovalPolicy(deps.prisma));
  if (reason) {
    const approval = await createApproval(deps.prisma, { def, actor: req.actor, tenantId: tenant.id, input, reason, audit });
    return { status: 202, body: { status: "pending_approval", ...base, approval: { id: approval.id, reason, expiresAt: approval.expiresAt.toISOString() } } };
  }

  await audit.write("requested", {}, ctx.requestIds);
  const started = performance.now();
  try {
    const outcome = await BODIES[def.id as keyof typeof BODIES].run(ctx, input);
    ran();
    const durationMs = Math.round(performance.now() - started);
    const row = await audit.write("succeeded", { summary: outcome.summary, before: outcome.before, after: outcome.after, durationMs }, ctx.requestIds);
    const target = def.audit.target(input);
    const invalidates = def.invalidates.map((key) => key.map((part) => part.replace("{tenantId}", tenant.id).replace("{target}", target)));
    return {
      status: 200,
      body: { status: "succeeded", ...base, summary: outcome.summary, result: outcome.data ?? {}, before: outcome.before ?? null, after: outcome.after ?? null, requestIds: [...new Set(ctx.requestIds)], auditId: row.id.toString(), invalidates },
    };
  } catch (error) {
    const e = toAppError(error);
    if (e.upstream?.requestId) ctx.requestIds.push(e.upstream.requestId);
    await audit.write("failed", { code: e.code, message: e.message, upstream: e.upstream, durationMs: Math.round(performance.now() - started) }, ctx.requestIds);
    throw e;
  }
}
