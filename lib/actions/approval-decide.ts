import { toAppError } from "@/lib/api/errors";
import { auditActor } from "@/lib/audit/actor";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { tenantScopeFor } from "@/lib/authz/scope";
import { AppError } from "@/lib/errors";
import type { ApprovalRequest, PrismaClient } from "@/lib/generated/prisma/client";
import type { TenantScope } from "@/lib/tenants/scope";
import { presentApproval } from "./approval-view";
import { approvalInput } from "./approvals";
import type { ExecutorDeps } from "./deps";
import { executeAction } from "./executor";
import { getAction } from "./registry";
import { requesterActor } from "./requester";

export const notFound = (id: string) => new AppError("NOT_FOUND", `No approval request ${id} here.`);

/** Marks overdue pending requests expired, one audit row each (lazily, whenever approvals are read). */
export async function expireApprovals(prisma: PrismaClient, now = new Date()): Promise<void> {
  const overdue = await prisma.approvalRequest.findMany({ where: { status: "pending", expiresAt: { lte: now } }, take: 500 });
  for (const r of overdue) {
    const { count } = await prisma.approvalRequest.updateMany({ where: { id: r.id, status: "pending" }, data: { status: "expired", decidedAt: now } });
    if (count) await recordAudit(prisma, { action: "approval.expired", actor: SYSTEM_ACTOR, outcome: "succeeded", tenantId: r.tenantId, target: r.target, detail: { approvalId: r.id, actionId: r.actionId, requestedBy: r.requesterName } });
  }
}

export interface Standing {
  /** the tenant exists and is in the caller's scope (otherwise the request does not exist for them) */
  inScope: boolean;
  /** approvals.decide and the action's own permission there */
  canDecide: boolean;
  own: boolean;
  message: string;
}

/** The caller's standing on a request: the same scope and permission rules as running it. Pure. */
export function standingOf(actor: Actor, r: ApprovalRequest, tenant: { id: string; tags: readonly string[] } | null, scope: TenantScope): Standing {
  const own = actor.type === r.requesterType && actor.id === r.requesterId;
  const def = getAction(r.actionId);
  if (!def || !tenant) return { inScope: false, canDecide: false, own, message: "" };
  const decide = can(actor, "approvals.decide", tenant, scope);
  const perm = decide.ok ? can(actor, def.permission, tenant, scope) : decide;
  return { inScope: decide.ok || decide.reason !== "scope", canDecide: perm.ok, own, message: perm.ok ? "" : perm.message };
}

export async function standing(prisma: PrismaClient, actor: Actor, r: ApprovalRequest): Promise<Standing> {
  const tenant = await prisma.tenant.findUnique({ where: { id: r.tenantId }, select: { id: true, tags: true } });
  return standingOf(actor, r, tenant, await tenantScopeFor(prisma, actor));
}

/** Why the caller may not approve a request they can see, or null when they may. */
export function approveRefusal(actor: Actor, s: Standing): string | null {
  if (s.own) return "You cannot approve your own request: a second person has to.";
  if (actor.type !== "user") return "Approvals are given by people, not API keys.";
  return s.canDecide ? null : s.message;
}

/**
 * Approve (runs it through the executor as the requester, both names audited) or reject. The
 * approver is a different person with the permission; a request is decided once, never after it expired.
 */
export async function decideApproval(deps: ExecutorDeps, actor: Actor, id: string, decision: "approve" | "reject", comment?: string) {
  const { prisma } = deps;
  const r = await prisma.approvalRequest.findUnique({ where: { id } });
  if (!r) throw notFound(id);
  const s = await standing(prisma, actor, r);
  if (!s.inScope || (!s.canDecide && !s.own)) throw notFound(id);
  const refuse = async (message: string) => {
    await recordAudit(prisma, { action: decision === "approve" ? "approval.approved" : "approval.rejected", actor: auditActor(actor), outcome: "denied", tenantId: r.tenantId, target: r.target, detail: { approvalId: r.id, actionId: r.actionId, message } });
    return new AppError("FORBIDDEN", message);
  };
  const blocked = decision === "approve" ? approveRefusal(actor, s) : null;
  if (blocked) throw await refuse(blocked);
  // The requester may withdraw (reject) their own request.
  if (!s.canDecide && !(decision === "reject" && s.own)) throw await refuse(s.message);
  if (r.status === "pending" && r.expiresAt <= new Date()) await expireApprovals(prisma);
  const decided = await prisma.approvalRequest.updateMany({
    where: { id, status: "pending", expiresAt: { gt: new Date() } },
    data: { status: decision === "approve" ? "approved" : "rejected", decidedById: actor.id, decidedByName: actor.name, decidedAt: new Date(), comment: comment ?? null },
  });
  if (!decided.count) {
    const now = await prisma.approvalRequest.findUnique({ where: { id }, select: { status: true } });
    throw new AppError("CONFLICT", now?.status === "expired" ? "This request expired before anyone decided it; ask again." : `This request was already ${now?.status}.`);
  }
  await recordAudit(prisma, {
    action: decision === "approve" ? "approval.approved" : "approval.rejected", actor: auditActor(actor), outcome: "succeeded",
    tenantId: r.tenantId, target: r.target, detail: { approvalId: r.id, actionId: r.actionId, requestedBy: r.requesterName, comment: comment ?? null },
  });
  if (decision === "reject") return { approval: presentApproval((await prisma.approvalRequest.findUnique({ where: { id } }))!), run: null };

  let run: Record<string, unknown>;
  try {
    const requester = await requesterActor(prisma, r);
    const res = await executeAction({ actor: requester, tenantId: r.tenantId, actionId: r.actionId, input: approvalInput(r), approval: { id: r.id, approver: auditActor(actor) } }, deps);
    run = res.body;
  } catch (error) {
    const e = toAppError(error);
    run = { status: "failed", ...e.toJSON() };
  }
  const result = { outcome: String(run.status), code: (run.error as { code?: string } | undefined)?.code ?? null, auditId: typeof run.auditId === "string" ? run.auditId : null };
  const row = await prisma.approvalRequest.update({ where: { id }, data: { result } });
  return { approval: presentApproval(row), run };
}
