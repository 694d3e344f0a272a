import { apiRoute } from "@/lib/api/handler";
import { parseAuditPage } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/queries";
import { auditScopeFor } from "@/lib/audit/scope";
import { rolesWith } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db/client";

/**
 * The audit log, newest first: `?actor=&tenant=&action=&outcome=&from=&to=&ticket=&q=&cursor=&limit=`
 * → `{ items, nextCursor }`. Every role may read it; what each sees is its audit scope (lib/audit/scope).
 */
export const GET = apiRoute({ roles: rolesWith("audit.read") }, async ({ req, actor }) =>
  listAuditEvents(prisma, await auditScopeFor(prisma, actor), parseAuditPage(new URL(req.url).searchParams)),
);
