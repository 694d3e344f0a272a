import type { JWT } from "next-auth/jwt";

import { recordAudit } from "@/lib/audit/record";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isRole } from "./roles";

/**
 * Audits a sign-out. Unlike other actions, sign-out goes ahead even if this fails: refusing it
 * would keep a session alive, which is the less safe outcome. The failure is logged instead.
 */
export async function recordSignOut(prisma: PrismaClient, token: JWT | null | undefined): Promise<void> {
  if (!token || typeof token.userId !== "string") return; // an expired session: nothing to attribute
  try {
    await recordAudit(prisma, {
      action: "auth.sign_out",
      actor: { type: "user", id: token.userId, name: token.name ?? null, role: isRole(token.role) ? token.role : null },
      outcome: "succeeded",
      target: typeof token.upn === "string" ? token.upn : null,
    });
  } catch (error) {
    console.error(`[auth] sign-out could not be audited: ${error instanceof Error ? error.name : "error"}`);
  }
}
