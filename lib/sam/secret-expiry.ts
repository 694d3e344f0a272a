import type { PrismaClient } from "../generated/prisma/client";
import { appPasswordCredentials, graphClient, type GraphDeps } from "../microsoft/graph/operations";
import type { AppPasswordCredential } from "../microsoft/graph/types";
import { SINGLETON } from "./deps";
import { readRegistrationFacts } from "./registration";

/**
 * Which of the app's secrets is ours: Graph lists every secret's first three characters as
 * `hint`, and we kept ours at save time. With no match, a lone secret must be it; otherwise unknown.
 */
export function pickOurSecret(creds: AppPasswordCredential[], hint: string | undefined): AppPasswordCredential | undefined {
  const byHint = hint ? creds.filter((c) => c.hint === hint) : [];
  if (byHint.length === 1) return byHint[0];
  return creds.length === 1 ? creds[0] : undefined;
}

/**
 * Reads the app registration's secret expiry in the partner tenant (Graph, partner admin's
 * delegated token) and stores it on the connection. Returns the date, or null when unknown.
 */
export async function refreshSecretExpiry(prisma: PrismaClient, graph: GraphDeps): Promise<Date | null> {
  const conn = await prisma.samConnection.findUnique({ where: SINGLETON });
  if (!conn) return null;
  const creds = await appPasswordCredentials(graphClient(conn.partnerTenantId, graph), conn.clientId);
  const ours = creds ? pickOurSecret(creds, (await readRegistrationFacts(prisma)).hint ?? undefined) : undefined;
  const expiresAt = ours?.endDateTime ?? null;
  await prisma.samConnection.update({ where: SINGLETON, data: { secretExpiresAt: expiresAt } });
  return expiresAt;
}
