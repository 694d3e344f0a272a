import { AppError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import type { MicrosoftEndpoints } from "../microsoft/endpoints";
import type { TokenBroker } from "../microsoft/token-broker";

/** What the sync and the diagnostics need; injected so tests run them on their own DB and simulator. */
export interface TenantsDeps {
  prisma: PrismaClient;
  broker: Pick<TokenBroker, "getAccessToken">;
  endpoints: MicrosoftEndpoints;
  /** tenants worked on at once (default 8) */
  concurrency?: number;
  now?: () => Date;
}

export interface PartnerConnection {
  partnerTenantId: string;
  /** the SAM app's client id: the application consent to look for in each customer */
  samAppId: string;
  /** the partner admin who consented: the user whose tokens act in every customer tenant */
  samUpn: string | null;
}

/** The stored partner connection; NOT_CONNECTED until the setup wizard has completed. */
export async function partnerConnection(prisma: PrismaClient): Promise<PartnerConnection> {
  const conn = await prisma.samConnection.findUnique({ where: { id: 1 }, select: { status: true, partnerTenantId: true, clientId: true, connectedByUpn: true } });
  if (!conn || conn.status === "pending_consent" || conn.status === "disconnected") {
    throw new AppError("NOT_CONNECTED", "Tenantry is not connected to a partner tenant yet.", {
      fixIt: "An admin completes the setup wizard: Settings → Partner connection.",
    });
  }
  return { partnerTenantId: conn.partnerTenantId.toLowerCase(), samAppId: conn.clientId.toLowerCase(), samUpn: conn.connectedByUpn?.toLowerCase() ?? null };
}
