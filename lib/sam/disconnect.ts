import type { Actor } from "../auth/actor";
import { SAM_REFRESH_TOKEN } from "../secrets/store";
import { auditSam } from "./audit";
import { SINGLETON, type SamDeps } from "./deps";

/**
 * Forgets the partner refresh token (deleted, not just unlinked) and marks the connection
 * disconnected. The app registration and its secret stay, so reconnecting is one consent.
 */
export async function disconnect(deps: Pick<SamDeps, "prisma" | "secrets" | "broker">, actor: Actor): Promise<void> {
  const conn = await deps.prisma.samConnection.findUnique({ where: SINGLETON });
  if (!conn) return;
  await deps.secrets.deleteSecret(SAM_REFRESH_TOKEN);
  await deps.prisma.samConnection.update({
    where: SINGLETON,
    data: {
      status: "disconnected", refreshTokenSecretId: null, refreshTokenIssuedAt: null,
      lastRefreshErrorCode: null, lastRefreshErrorMsg: null, lastRefreshErrorAt: null,
    },
  });
  deps.broker.invalidate();
  await auditSam(deps.prisma, actor, "sam.disconnected", "succeeded", { partnerTenantId: conn.partnerTenantId, previouslyConnectedBy: conn.connectedByUpn });
}
