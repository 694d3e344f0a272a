import { AppError, type ErrorCode } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { createSecretStore, SAM_CLIENT_SECRET, SAM_REFRESH_TOKEN, SecretConflictError, type SecretStore } from "../secrets/store";
import type { CredentialStore, SamCredentials } from "./token-broker";
import { translationForCode } from "./translate";

// With lib/microsoft/broker.ts, the only code that decrypts the partner credentials. Everything
// else gets access tokens from the broker, or an msal client from partner-app.ts storedPartnerClient().

/** The app registration with its decrypted secret; never leaves lib/microsoft. */
export interface PartnerAppCredentials {
  partnerTenantId: string;
  clientId: string;
  clientSecret: string;
}

export interface PrismaCredentialStore extends CredentialStore {
  loadApp(): Promise<PartnerAppCredentials | null>;
}

/** Failures that mean the stored refresh token itself is dead: only a new consent fixes them. */
export const RECONSENT_CODES: readonly ErrorCode[] = ["REFRESH_TOKEN_EXPIRED", "REFRESH_TOKEN_REVOKED", "REFRESH_TOKEN_INVALID"];

/** Failures about one customer tenant (its consent, CA, GDAP): they say nothing about the connection. */
const TENANT_SCOPED: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "CONSENT_MISSING", "APP_NOT_AUTHORIZED_IN_TENANT", "APP_NOT_FOUND_IN_TENANT", "GDAP_ACCESS_MISSING",
  "CONDITIONAL_ACCESS_BLOCKED", "MFA_REQUIRED", "SIGN_IN_FREQUENCY", "TENANT_NOT_FOUND", "RESOURCE_NOT_IN_TENANT",
]);

const SINGLETON = { id: 1 } as const;

export function createPrismaCredentialStore(
  prisma: PrismaClient,
  secrets: Pick<SecretStore, "getSecret" | "putSecret"> = createSecretStore(prisma),
): PrismaCredentialStore {
  async function loadApp(): Promise<PartnerAppCredentials | null> {
    const conn = await prisma.samConnection.findUnique({ where: SINGLETON });
    // Any status: reconnecting after a disconnect or an expired token needs the app, not the token.
    if (!conn) return null;
    const secret = await secrets.getSecret(SAM_CLIENT_SECRET);
    if (!secret) return null;
    return { partnerTenantId: conn.partnerTenantId, clientId: conn.clientId, clientSecret: secret.plaintext };
  }

  async function load(): Promise<SamCredentials | null> {
    const conn = await prisma.samConnection.findUnique({ where: SINGLETON });
    if (!conn || conn.status === "pending_consent" || conn.status === "disconnected") return null;
    // A dead refresh token stays dead: fail fast instead of asking Microsoft again on every page.
    if (conn.status === "reconsent_required") {
      const stored = RECONSENT_CODES.find((c) => c === conn.lastRefreshErrorCode) ?? "REFRESH_TOKEN_EXPIRED";
      throw new AppError(stored, conn.lastRefreshErrorMsg ?? translationForCode(stored).cause, { fixIt: translationForCode(stored).fixIt });
    }
    const [secret, refresh] = await Promise.all([secrets.getSecret(SAM_CLIENT_SECRET), secrets.getSecret(SAM_REFRESH_TOKEN)]);
    if (!secret || !refresh) return null;
    return {
      partnerTenantId: conn.partnerTenantId,
      clientId: conn.clientId,
      clientSecret: secret.plaintext,
      refreshToken: refresh.plaintext,
      refreshTokenVersion: refresh.version,
    };
  }

  async function saveRotatedRefreshToken(refreshToken: string, expectedVersion: number): Promise<boolean> {
    try {
      await secrets.putSecret(SAM_REFRESH_TOKEN, refreshToken, { expectedVersion });
    } catch (error) {
      // Someone stored a newer token (a concurrent rotation or a reconnect): theirs wins.
      if (error instanceof SecretConflictError) return false;
      throw error;
    }
    await prisma.samConnection.updateMany({ where: SINGLETON, data: { refreshTokenIssuedAt: new Date() } });
    return true;
  }

  async function recordSuccess(at: Date): Promise<void> {
    await prisma.samConnection.updateMany({
      where: { ...SINGLETON, status: "connected" },
      data: { lastRefreshAt: at, lastRefreshErrorCode: null, lastRefreshErrorMsg: null, lastRefreshErrorAt: null },
    });
  }

  async function recordFailure(error: AppError, at: Date, scope?: { tenantId: string }): Promise<void> {
    const conn = await prisma.samConnection.findUnique({ where: SINGLETON, select: { partnerTenantId: true } });
    if (!conn) return;
    const atPartner = !scope || scope.tenantId.toLowerCase() === conn.partnerTenantId.toLowerCase();
    if (!atPartner && TENANT_SCOPED.has(error.code)) return;
    const reconsent = RECONSENT_CODES.includes(error.code);
    await prisma.samConnection.updateMany({
      where: { ...SINGLETON, status: { in: ["connected", "reconsent_required"] } },
      data: {
        lastRefreshErrorCode: error.code,
        lastRefreshErrorMsg: error.message,
        lastRefreshErrorAt: at,
        ...(reconsent ? { status: "reconsent_required" as const } : {}),
      },
    });
  }

  return { load, loadApp, saveRotatedRefreshToken, recordSuccess, recordFailure };
}
