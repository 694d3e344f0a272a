import { recordAudit } from "@/lib/audit/record";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { GUID } from "@/lib/env-fields";
import { resolveRole, type RoleClaims } from "./role-resolution";
import type { Role } from "./roles";

/** The id-token claims sign-in relies on (already signature-, issuer- and nonce-checked by openid-client). */
export interface SignInClaims extends RoleClaims {
  oid?: unknown;
  tid?: unknown;
  preferred_username?: unknown;
  upn?: unknown;
  name?: unknown;
}

export interface SessionUser {
  userId: string;
  oid: string;
  upn: string;
  name: string;
  role: Role;
}

export type RefusalReason = "no_role" | "wrong_tenant" | "missing_claims";

export type SignInDecision =
  | { ok: true; user: SessionUser; via: "mapping" | "bootstrap" }
  | { ok: false; reason: RefusalReason };

export interface SignInPolicy {
  /** TENANTRY_SIGNIN_TENANT_ID: only this tenant's users may sign in. */
  tenantId: string;
  /** TENANTRY_BOOTSTRAP_ADMIN (lower-case UPN). */
  bootstrapAdmin?: string;
}

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/**
 * Decides a sign-in and records it. The role is re-evaluated from the id token every time, so
 * a change to someone's groups (or to the mappings) takes effect at their next sign-in.
 *
 * Bootstrap: the TENANTRY_BOOTSTRAP_ADMIN user is made admin while no *other* user is admin, so a
 * fresh install has someone who can map groups. Once anyone else holds admin, that user's role
 * comes from mappings like everyone else's.
 *
 * The AppUser write and its audit row share one transaction: if the audit row cannot be written
 * this throws and the caller refuses the sign-in.
 */
export async function completeSignIn(prisma: PrismaClient, claims: SignInClaims, policy: SignInPolicy): Promise<SignInDecision> {
  const oid = text(claims.oid);
  const upn = (text(claims.preferred_username) ?? text(claims.upn))?.toLowerCase();
  const name = text(claims.name) ?? upn;
  const tid = text(claims.tid)?.toLowerCase();
  const who = { type: "user" as const, id: oid ?? null, name: name ?? null };

  const refuse = async (reason: RefusalReason): Promise<SignInDecision> => {
    await recordAudit(prisma, { action: "auth.sign_in_refused", actor: who, outcome: "denied", target: upn ?? null, detail: { reason, tenantId: tid } });
    return { ok: false, reason };
  };

  if (!oid || !upn || !name || !tid) return refuse("missing_claims");
  // The issuer check already pins the tenant when it is configured as a GUID; a domain cannot be compared to tid.
  if (GUID.test(policy.tenantId) && tid !== policy.tenantId.toLowerCase()) return refuse("wrong_tenant");

  const mapped = resolveRole(claims, await prisma.roleMapping.findMany());
  let role = mapped;
  let via: "mapping" | "bootstrap" = "mapping";
  if (policy.bootstrapAdmin && upn === policy.bootstrapAdmin && mapped !== "admin") {
    const otherAdmins = await prisma.appUser.count({ where: { role: "admin", oid: { not: oid } } });
    if (otherAdmins === 0) [role, via] = ["admin", "bootstrap"];
  }
  if (!role) return refuse("no_role");
  const finalRole = role;

  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const saved = await tx.appUser.upsert({
      where: { oid },
      create: { oid, tenantId: tid, upn, displayName: name, role: finalRole, lastSignInAt: now },
      update: { tenantId: tid, upn, displayName: name, role: finalRole, lastSignInAt: now },
    });
    await recordAudit(tx, {
      action: "auth.sign_in",
      actor: { type: "user", id: saved.id, name, role: finalRole },
      outcome: "succeeded",
      target: upn,
      detail: { via, ...(via === "bootstrap" ? { mappedRole: mapped } : {}) },
    });
    return { ok: true as const, via, user: { userId: saved.id, oid, upn, name, role: finalRole } };
  });
}
