import { z } from "zod";

import { GUID_RE } from "@/lib/actions/fields";
import { auditActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can, type Permission } from "./permissions";
import type { protectedAccountQuerySchema, protectedAccountSchema } from "./protected-account-schema";
import { tenantScopeFor } from "./scope";

// The admin-managed protected list of one customer tenant (the `protected_account` guard reads it).

export { protectedAccountQuerySchema, protectedAccountSchema } from "./protected-account-schema";

const present = (r: { id: string; account: string; reason: string | null; addedByName: string | null; createdAt: Date }) => ({
  id: r.id, account: r.account, reason: r.reason, addedBy: r.addedByName, createdAt: r.createdAt.toISOString(),
});

/** The tenant when the caller may use `permission` in it; out of scope reads as missing. */
async function tenantFor(prisma: PrismaClient, actor: Actor, rawId: string, permission: Permission) {
  const id = rawId.toLowerCase();
  const tenant = GUID_RE.test(id) ? await prisma.tenant.findUnique({ where: { id }, select: { id: true, tags: true } }) : null;
  const decision = tenant ? can(actor, permission, tenant, await tenantScopeFor(prisma, actor)) : null;
  if (!tenant || (decision && !decision.ok && decision.reason === "scope")) throw new AppError("NOT_FOUND", `No tenant ${rawId.slice(0, 80)} here.`);
  if (decision && !decision.ok) throw new AppError("FORBIDDEN", decision.message);
  return tenant;
}

export async function listProtectedAccounts(prisma: PrismaClient, actor: Actor, tenantId: string) {
  const tenant = await tenantFor(prisma, actor, tenantId, "tenants.read");
  const rows = await prisma.protectedAccount.findMany({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" } });
  return { items: rows.map(present) };
}

export async function addProtectedAccount(prisma: PrismaClient, actor: Actor, tenantId: string, input: z.output<typeof protectedAccountSchema>) {
  const tenant = await tenantFor(prisma, actor, tenantId, "protected_accounts.manage");
  return prisma.$transaction(async (tx) => {
    const row = await tx.protectedAccount.upsert({
      where: { tenantId_account: { tenantId: tenant.id, account: input.account } },
      create: { tenantId: tenant.id, account: input.account, reason: input.reason ?? null, addedById: actor.id, addedByName: actor.name },
      update: { reason: input.reason ?? null },
    });
    await recordAudit(tx, { action: "protected_account.added", actor: auditActor(actor), outcome: "succeeded", tenantId: tenant.id, target: row.account, detail: { reason: row.reason } });
    return { item: present(row) };
  });
}

export async function removeProtectedAccount(prisma: PrismaClient, actor: Actor, tenantId: string, id: string) {
  const tenant = await tenantFor(prisma, actor, tenantId, "protected_accounts.manage");
  const row = await prisma.protectedAccount.findFirst({ where: { id, tenantId: tenant.id } });
  if (!row) throw new AppError("NOT_FOUND", "That account is not on this tenant's protected list.");
  await prisma.$transaction(async (tx) => {
    await tx.protectedAccount.delete({ where: { id: row.id } });
    await recordAudit(tx, { action: "protected_account.removed", actor: auditActor(actor), outcome: "succeeded", tenantId: tenant.id, target: row.account, detail: {} });
  });
  return { removed: present(row) };
}

/** Every tenant's protected list in one (admins only), ordered by tenant name. */
export async function listAllProtectedAccounts(prisma: PrismaClient, query: z.output<typeof protectedAccountQuerySchema>) {
  const q = query.q || undefined;
  const rows = await prisma.protectedAccount.findMany({
    where: {
      ...(query.tenant ? { tenantId: query.tenant } : {}),
      ...(q ? { OR: [{ account: { contains: q, mode: "insensitive" } }, { reason: { contains: q, mode: "insensitive" } }] } : {}),
    },
    orderBy: { createdAt: "asc" },
    take: 5000,
  });
  const tenants = await prisma.tenant.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.tenantId))] } }, select: { id: true, displayName: true } });
  const names = new Map(tenants.map((t) => [t.id, t.displayName]));
  const items = rows.map((r) => ({ ...present(r), tenant: { id: r.tenantId, displayName: names.get(r.tenantId) ?? null } }));
  return { items: items.sort((a, b) => (a.tenant.displayName ?? a.tenant.id).localeCompare(b.tenant.displayName ?? b.tenant.id)) };
}
