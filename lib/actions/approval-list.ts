import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { tenantScopeFor } from "@/lib/authz/scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { scopeWhere } from "@/lib/tenants/scope";
import { approveRefusal, expireApprovals, standingOf } from "./approval-decide";
import { APPROVAL_STATUSES, presentApproval, type ApprovalListItem } from "./approval-view";

export const APPROVAL_LIST_LIMIT = 200;

export const approvalListQuerySchema = z.object({
  status: z.enum([...APPROVAL_STATUSES, "all"], { error: `must be one of ${[...APPROVAL_STATUSES, "all"].join(", ")}` }).default("pending"),
});
export type ApprovalListQuery = z.output<typeof approvalListQuerySchema>;

/**
 * GET /api/v1/approvals: the newest requests in the caller's tenant scope that they could decide
 * (same scope and permissions as running them), plus their own. Out-of-scope tenants are filtered
 * in SQL, so a scoped technician's requests are not crowded out of the limit by others'.
 */
export async function listApprovals(prisma: PrismaClient, actor: Actor, query: ApprovalListQuery = { status: "pending" }): Promise<{ items: ApprovalListItem[] }> {
  await expireApprovals(prisma);
  const scope = await tenantScopeFor(prisma, actor);
  const tenants = await prisma.tenant.findMany({ where: scopeWhere(scope), select: { id: true, displayName: true, tags: true } });
  const byId = new Map(tenants.map((t) => [t.id, t]));
  const rows = await prisma.approvalRequest.findMany({
    where: { ...(query.status === "all" ? {} : { status: query.status }), ...(scope.kind === "all" ? {} : { tenantId: { in: [...byId.keys()] } }) },
    orderBy: { createdAt: "desc" },
    take: APPROVAL_LIST_LIMIT,
  });
  const items: ApprovalListItem[] = [];
  for (const r of rows) {
    const tenant = byId.get(r.tenantId) ?? null;
    const s = standingOf(actor, r, tenant, scope);
    if (!s.inScope || (!s.canDecide && !s.own)) continue;
    const pending = r.status === "pending";
    const blocked = approveRefusal(actor, s);
    items.push({
      ...presentApproval(r, tenant?.displayName ?? null),
      canApprove: pending && !blocked,
      approveBlocked: pending ? blocked : null,
      canReject: pending && (s.canDecide || s.own),
      own: s.own,
    });
  }
  return { items };
}
