import type { AuditEvent, PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditEventView } from "./types";

// The writer redacts before storing; this is the second lock on the door. Matched anywhere in a key
// ("clientSecret", "refresh_token", "newPassword"), at any depth, and dropped rather than masked.
const SECRET_KEY = /password|secret|token/i;

export function stripSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSecrets);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !SECRET_KEY.test(key))
      .map(([key, v]) => [key, stripSecrets(v)]),
  );
}

const asObject = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function ticketOf(detail: unknown): string | null {
  const ticket = asObject(detail).ticket;
  return typeof ticket === "string" || typeof ticket === "number" ? String(ticket) : null;
}

/**
 * Rows → the API's shape, with the names people read: the engineer's current display name and UPN
 * (looked up by the recorded id, or the Entra object id for refused sign-ins) and the tenant's name.
 */
export async function presentAuditRows(prisma: PrismaClient, rows: AuditEvent[]): Promise<AuditEventView[]> {
  const actorIds = [...new Set(rows.filter((r) => r.actorType === "user" && r.actorId).map((r) => r.actorId!))];
  const tenantIds = [...new Set(rows.map((r) => r.tenantId).filter((id): id is string => !!id))];
  const [users, tenants] = await Promise.all([
    actorIds.length
      ? prisma.appUser.findMany({ where: { OR: [{ id: { in: actorIds } }, { oid: { in: actorIds } }] }, select: { id: true, oid: true, upn: true, displayName: true } })
      : [],
    tenantIds.length ? prisma.tenant.findMany({ where: { id: { in: tenantIds } }, select: { id: true, displayName: true } }) : [],
  ]);
  const userBy = new Map(users.flatMap((u) => [[u.id, u], [u.oid, u]] as const));
  const tenantName = new Map(tenants.map((t) => [t.id, t.displayName]));

  return rows.map((r) => {
    const user = r.actorType === "user" && r.actorId ? userBy.get(r.actorId) : undefined;
    return {
      id: r.id.toString(),
      at: r.at.toISOString(),
      actor: {
        type: r.actorType,
        id: r.actorId,
        name: r.actorName,
        displayName: user?.displayName ?? r.actorName,
        upn: user?.upn ?? null,
        role: r.role,
      },
      tenant: r.tenantId ? { id: r.tenantId, name: tenantName.get(r.tenantId) ?? null } : null,
      action: r.action,
      target: r.target,
      outcome: r.outcome,
      ticket: ticketOf(r.detail),
      detail: asObject(stripSecrets(r.detail)),
      requestIds: r.requestIds,
      hash: r.hash,
      prevHash: r.prevHash,
    };
  });
}
