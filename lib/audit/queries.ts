import type { AuditEvent, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor, type AuditCursor, type AuditFilters, type AuditPageRequest } from "./filters";
import { presentAuditRows } from "./present";
import { auditScopeWhere, type AuditScope } from "./scope";
import type { AuditPage } from "./types";

// Newest first. (at, id) rather than id alone so the (tenantId, at) and (action, at) indexes serve
// the filtered lists; id breaks ties between rows written in the same millisecond.
const ORDER: Prisma.AuditEventOrderByWithRelationInput[] = [{ at: "desc" }, { id: "desc" }];

const insensitive = (value: string) => ({ contains: value, mode: "insensitive" as const });

/** The filters (and the caller's scope) as one Prisma where. Async: actor and scope need look-ups. */
export async function auditWhere(prisma: PrismaClient, scope: AuditScope, f: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const and: Prisma.AuditEventWhereInput[] = [await auditScopeWhere(prisma, scope)];
  if (f.actor) {
    // Rows store the name at the time; the UPN lives on AppUser (refused sign-ins carry the object id).
    const users = await prisma.appUser.findMany({
      where: { OR: [{ upn: insensitive(f.actor) }, { displayName: insensitive(f.actor) }] },
      select: { id: true, oid: true },
      take: 1000,
    });
    const ids = users.flatMap((u) => [u.id, u.oid]);
    and.push({ OR: [{ actorName: insensitive(f.actor) }, ...(ids.length ? [{ actorId: { in: ids } }] : [])] });
  }
  if (f.tenantIds) and.push({ tenantId: { in: f.tenantIds } });
  if (f.actions) {
    and.push({ OR: f.actions.map((a) => (a.endsWith(".") ? { action: { startsWith: a } } : { action: a })) });
  }
  if (f.outcomes) and.push({ outcome: { in: f.outcomes } });
  if (f.from) and.push({ at: { gte: f.from } });
  if (f.until) and.push({ at: { lt: f.until } });
  if (f.ticket) and.push({ detail: { path: ["ticket"], string_contains: f.ticket, mode: "insensitive" } });
  if (f.q) and.push({ target: insensitive(f.q) });
  return { AND: and };
}

const after = (c: AuditCursor): Prisma.AuditEventWhereInput => ({ OR: [{ at: { lt: c.at } }, { at: c.at, id: { lt: c.id } }] });

/** One batch of raw rows after the cursor, plus whether more follow. */
async function batch(prisma: PrismaClient, where: Prisma.AuditEventWhereInput, cursor: AuditCursor | undefined, limit: number) {
  const rows = await prisma.auditEvent.findMany({
    where: cursor ? { AND: [where, after(cursor)] } : where,
    orderBy: ORDER,
    take: limit + 1,
  });
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { rows: page, next: more && last ? { at: last.at, id: last.id } : null };
}

/** A keyset page of the audit log, newest first. */
export async function listAuditEvents(prisma: PrismaClient, scope: AuditScope, req: AuditPageRequest): Promise<AuditPage> {
  const where = await auditWhere(prisma, scope, req.filters);
  const { rows, next } = await batch(prisma, where, req.cursor, req.limit);
  return { items: await presentAuditRows(prisma, rows), nextCursor: next ? encodeCursor(next) : null };
}

/** Every matching row, newest first, in batches: the CSV export streams these without holding them all. */
export async function* iterateAuditEvents(prisma: PrismaClient, scope: AuditScope, f: AuditFilters, batchSize = 500): AsyncGenerator<AuditEvent[]> {
  const where = await auditWhere(prisma, scope, f);
  let cursor: AuditCursor | undefined;
  for (;;) {
    const { rows, next } = await batch(prisma, where, cursor, batchSize);
    if (rows.length) yield rows;
    if (!next) return;
    cursor = next;
  }
}
