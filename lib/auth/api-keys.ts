import { recordAudit } from "@/lib/audit/record";
import type { AuditActor } from "@/lib/audit/events";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateApiKey, hashApiKey, parseApiKey } from "./api-key-format";
import type { Role } from "./roles";

// Recording every use would turn each API call into a write; a minute's resolution is plenty
// for "last used".
const LAST_USED_RESOLUTION_MS = 60_000;

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: Date;
  createdBy: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function findActiveApiKey(prisma: PrismaClient, raw: string) {
  if (!parseApiKey(raw)) return null;
  const key = await prisma.apiKey.findUnique({ where: { hash: hashApiKey(raw) } });
  if (!key || key.revokedAt) return null;
  const now = Date.now();
  if (!key.lastUsedAt || now - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date(now) } });
  }
  return key;
}

/** Creates a key and returns it in full — the only time it exists outside the caller's hands. */
export async function createApiKey(
  prisma: PrismaClient,
  input: { name: string; role: Role; createdById?: string | null },
  actor: AuditActor,
): Promise<{ key: string; summary: ApiKeySummary }> {
  const generated = generateApiKey();
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { name: input.name, role: input.role, prefix: generated.prefix, hash: generated.hash, createdById: input.createdById ?? null },
    });
    await recordAudit(tx, {
      action: "api_key.created",
      actor,
      outcome: "succeeded",
      target: `api_key:${generated.prefix}`,
      detail: { name: input.name, role: input.role },
    });
    return created;
  });
  return { key: generated.key, summary: { ...row, createdBy: null } };
}

export async function listApiKeys(prisma: PrismaClient): Promise<ApiKeySummary[]> {
  const rows = await prisma.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    include: { createdBy: { select: { displayName: true } } },
  });
  return rows.map(({ hash: _hash, createdById: _by, createdBy, ...row }) => ({ ...row, createdBy: createdBy?.displayName ?? null }));
}

/** Revokes by prefix (what people see). Revoking twice is a no-op that reports the first time. */
export async function revokeApiKey(prisma: PrismaClient, prefix: string, actor: AuditActor): Promise<ApiKeySummary> {
  const normalised = prefix.replace(/^tnt_/, "").replace(/_.*$/, "");
  return prisma.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { prefix: normalised }, include: { createdBy: { select: { displayName: true } } } });
    if (!key) throw new AppError("NOT_FOUND", `No API key has the prefix ${normalised}.`);
    const revokedAt = key.revokedAt ?? new Date();
    if (!key.revokedAt) {
      await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt } });
      await recordAudit(tx, { action: "api_key.revoked", actor, outcome: "succeeded", target: `api_key:${key.prefix}`, detail: { name: key.name, role: key.role } });
    }
    const { hash: _hash, createdById: _by, createdBy, ...row } = key;
    return { ...row, revokedAt, createdBy: createdBy?.displayName ?? null };
  });
}
