import type { PrismaClient } from "../generated/prisma/client";
import type { GraphDeps } from "../microsoft/graph/operations";
import type { TokenBroker } from "../microsoft/token-broker";
import { SINGLETON } from "./deps";
import { refreshSecretExpiry } from "./secret-expiry";

export type RefreshOutcome =
  | { refreshed: true; secretExpiresAt: string | null; secretExpiryError?: string }
  | { skipped: string };

/**
 * Uses the partner refresh token now, bypassing cached access tokens: the broker redeems it at the
 * partner tenant and persists the rotated one, and a dead token is found (and flagged) today rather
 * than by the next technician. Then re-reads the app secret's expiry. Shared by the keep-alive job
 * and the "Check now" button.
 */
export async function refreshConnection(deps: { prisma: PrismaClient; broker: TokenBroker } & GraphDeps): Promise<RefreshOutcome> {
  const conn = await deps.prisma.samConnection.findUnique({ where: SINGLETON });
  if (!conn || conn.status !== "connected") return { skipped: conn?.status ?? "not_configured" };
  deps.broker.invalidate(conn.partnerTenantId);
  await deps.broker.getAccessToken({ tenantId: conn.partnerTenantId, resource: "graph" });
  try {
    const expiry = await refreshSecretExpiry(deps.prisma, deps);
    return { refreshed: true, secretExpiresAt: expiry?.toISOString() ?? null };
  } catch (e) {
    // The token refresh is what matters; an unreadable app registration is reported, not fatal.
    return { refreshed: true, secretExpiresAt: null, secretExpiryError: (e as { code?: string }).code ?? "error" };
  }
}
