import { recordAudit } from "@/lib/audit/record";
import type { AuditActor } from "@/lib/audit/events";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimType } from "./role-resolution";
import type { Role } from "./roles";

export interface RoleMappingInput {
  claimType: ClaimType;
  claimValue: string;
  label?: string | null;
  role: Role;
}

export function listRoleMappings(prisma: PrismaClient) {
  return prisma.roleMapping.findMany({ orderBy: [{ role: "asc" }, { createdAt: "asc" }] });
}

const target = (m: { claimType: string; claimValue: string }) => `${m.claimType}:${m.claimValue}`;

/** Adds a mapping; the same claim cannot map to two roles (CONFLICT), so resolution stays obvious. */
export async function createRoleMapping(prisma: PrismaClient, input: RoleMappingInput, actor: AuditActor) {
  const claimValue = input.claimType === "group" ? input.claimValue.trim().toLowerCase() : input.claimValue.trim();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.roleMapping.findUnique({ where: { claimType_claimValue: { claimType: input.claimType, claimValue } } });
    if (existing) {
      throw new AppError("CONFLICT", `That ${input.claimType === "group" ? "group" : "app role"} is already mapped to ${existing.role}.`, {
        fields: { claimValue: ["Already mapped; remove the existing mapping first."] },
      });
    }
    const created = await tx.roleMapping.create({ data: { claimType: input.claimType, claimValue, label: input.label?.trim() || null, role: input.role } });
    await recordAudit(tx, { action: "role_mapping.created", actor, outcome: "succeeded", target: target(created), detail: { role: created.role, label: created.label } });
    return created;
  });
}

/**
 * Removes a mapping. Refuses to remove the last mapping to admin: with none left, nobody but the
 * bootstrap admin could ever become admin again at their next sign-in.
 */
export async function deleteRoleMapping(prisma: PrismaClient, id: string, actor: AuditActor) {
  return prisma.$transaction(async (tx) => {
    const mapping = await tx.roleMapping.findUnique({ where: { id } });
    if (!mapping) throw new AppError("NOT_FOUND", "That role mapping does not exist (perhaps it was already removed).");
    if (mapping.role === "admin" && (await tx.roleMapping.count({ where: { role: "admin" } })) === 1) {
      throw new AppError("CONFLICT", "This is the last mapping to Admin. Add another Admin mapping before removing it.");
    }
    await tx.roleMapping.delete({ where: { id } });
    await recordAudit(tx, { action: "role_mapping.deleted", actor, outcome: "succeeded", target: target(mapping), detail: { role: mapping.role, label: mapping.label } });
    return mapping;
  });
}

/**
 * Makes each claim map to the given role (for the dev seed). Only actual changes are written and
 * audited, so running the seed twice records nothing the second time.
 */
export async function upsertRoleMappings(prisma: PrismaClient, rows: RoleMappingInput[], actor: AuditActor) {
  let changed = 0;
  for (const row of rows) {
    const claimValue = row.claimType === "group" ? row.claimValue.toLowerCase() : row.claimValue;
    const where = { claimType_claimValue: { claimType: row.claimType, claimValue } };
    await prisma.$transaction(async (tx) => {
      const existing = await tx.roleMapping.findUnique({ where });
      if (existing && existing.role === row.role && existing.label === (row.label ?? null)) return;
      const data = { claimType: row.claimType, claimValue, label: row.label ?? null, role: row.role };
      const saved = await tx.roleMapping.upsert({ where, create: data, update: data });
      await recordAudit(tx, { action: "role_mapping.created", actor, outcome: "succeeded", target: target(saved), detail: { role: saved.role, label: saved.label, previousRole: existing?.role } });
      changed += 1;
    });
  }
  return changed;
}
