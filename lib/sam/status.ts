import type { PrismaClient } from "../generated/prisma/client";
import { translationForCode } from "../microsoft/translate";
import { SINGLETON } from "./deps";
import { daysBetween, healthWarnings, type HealthWarning, type SamStatusValue } from "./health";
import { readRegistrationFacts } from "./registration";

/**
 * The partner connection as anyone may see it: ids, who connected, ages, warnings. Built from
 * columns only — the secret store is never opened here — so it is safe for any role and the API.
 */
export interface SamStatusView {
  status: SamStatusValue;
  partnerTenantId: string | null;
  clientId: string | null;
  clientSecretStored: boolean;
  /** last two characters of the stored secret, to recognise it; never more */
  clientSecretTail: string | null;
  /** when Microsoft last accepted the app credentials; null for a pre-filled registration */
  appValidatedAt: string | null;
  connectedByUpn: string | null;
  connectedAt: string | null;
  refreshTokenIssuedAt: string | null;
  refreshTokenAgeDays: number | null;
  lastRefreshAt: string | null;
  idleDays: number | null;
  secretExpiresAt: string | null;
  secretExpiresInDays: number | null;
  lastError: { code: string; message: string; at: string | null; fixIt: string } | null;
  warnings: HealthWarning[];
}

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export async function readSamStatus(prisma: PrismaClient, now = new Date()): Promise<SamStatusView> {
  const [conn, facts] = await Promise.all([prisma.samConnection.findUnique({ where: SINGLETON }), readRegistrationFacts(prisma)]);
  const status: SamStatusValue = conn?.status ?? "not_configured";
  const lastError = conn?.lastRefreshErrorCode
    ? { code: conn.lastRefreshErrorCode, message: conn.lastRefreshErrorMsg ?? "", at: conn.lastRefreshErrorAt ?? null, fixIt: translationForCode(conn.lastRefreshErrorCode).fixIt }
    : null;
  const lastUse = conn?.lastRefreshAt ?? conn?.connectedAt ?? null;
  const warnings = healthWarnings(
    { status, lastRefreshAt: conn?.lastRefreshAt ?? null, connectedAt: conn?.connectedAt ?? null, secretExpiresAt: conn?.secretExpiresAt ?? null, lastError },
    now,
  );
  return {
    status,
    partnerTenantId: conn?.partnerTenantId ?? null,
    clientId: conn?.clientId ?? null,
    clientSecretStored: !!conn?.clientSecretId,
    clientSecretTail: conn?.clientSecretId ? facts.tail : null,
    appValidatedAt: conn ? facts.validatedAt : null,
    connectedByUpn: conn?.connectedByUpn ?? null,
    connectedAt: iso(conn?.connectedAt),
    refreshTokenIssuedAt: iso(conn?.refreshTokenIssuedAt),
    refreshTokenAgeDays: conn?.refreshTokenIssuedAt ? daysBetween(conn.refreshTokenIssuedAt, now) : null,
    lastRefreshAt: iso(conn?.lastRefreshAt),
    idleDays: lastUse && status === "connected" ? daysBetween(lastUse, now) : null,
    secretExpiresAt: iso(conn?.secretExpiresAt),
    secretExpiresInDays: conn?.secretExpiresAt ? daysBetween(now, conn.secretExpiresAt) : null,
    lastError: lastError && { ...lastError, at: iso(lastError.at) },
    warnings,
  };
}
