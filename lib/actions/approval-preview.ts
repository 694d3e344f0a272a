import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { notFound, standing } from "./approval-decide";
import { approvalInput } from "./approvals";
import type { ExecutorDeps } from "./deps";
import { executeAction } from "./executor";
import { redact } from "./redact";
import { getAction } from "./registry";

/**
 * GET /api/v1/approvals/{id}/preview: the action's dry run against the tenant as it is now, for the
 * person deciding. It runs as the caller (their guards; a refusal is their `denied` row, not the
 * requester's); the approved run re-checks everything as the requester.
 */
export async function previewApproval(deps: ExecutorDeps, actor: Actor, id: string) {
  const r = await deps.prisma.approvalRequest.findUnique({ where: { id } });
  const s = r && (await standing(deps.prisma, actor, r));
  if (!r || !s || !s.inScope || (!s.canDecide && !s.own)) throw notFound(id);
  if (r.status !== "pending") throw new AppError("CONFLICT", `This request is ${r.status}; there is nothing left to preview.`);
  const res = await executeAction({ actor, tenantId: r.tenantId, actionId: r.actionId, input: approvalInput(r), preview: true }, deps);
  return { preview: redact(res.body.preview ?? null, getAction(r.actionId)?.audit.redact ?? []) };
}
