import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { SAM_CLIENT_SECRET, SAM_REFRESH_TOKEN, type SecretStore } from "../secrets/store";
import { SINGLETON } from "./deps";

export const REGISTRATION_SETTING = "sam.app_registration";

/**
 * Facts about the stored app registration that have no column: the secret's hint (Microsoft's
 * own: its first 3 characters, to find it among the app's secrets) and last 2 (to show people),
 * and when Microsoft last accepted the credentials (null for a pre-filled, unchecked registration).
 */
export interface RegistrationFacts {
  hint: string | null;
  tail: string | null;
  validatedAt: string | null;
}

export async function readRegistrationFacts(prisma: PrismaClient): Promise<RegistrationFacts> {
  const row = await prisma.setting.findUnique({ where: { key: REGISTRATION_SETTING } });
  return { hint: null, tail: null, validatedAt: null, ...(row?.value as Partial<RegistrationFacts> | undefined) };
}

export interface RegistrationInput {
  partnerTenantId: string;
  clientId: string;
  /** absent = keep the stored secret */
  clientSecret?: string;
  /** Microsoft accepted these credentials just now (the wizard); false for a pre-fill */
  validated: boolean;
}

/**
 * Stores the app registration and (if given) its secret. A different app or tenant invalidates
 * the consent, so the refresh token is deleted and the connection waits for consent again; a new
 * secret for the same app keeps it (refresh tokens belong to the client id, not the secret).
 */
export async function storeRegistration(
  prisma: PrismaClient,
  secrets: Pick<SecretStore, "putSecret" | "deleteSecret">,
  input: RegistrationInput,
): Promise<{ sameApp: boolean; secretChanged: boolean }> {
  const existing = await prisma.samConnection.findUnique({ where: SINGLETON });
  const sameApp =
    !!existing &&
    existing.partnerTenantId.toLowerCase() === input.partnerTenantId.toLowerCase() &&
    existing.clientId.toLowerCase() === input.clientId.toLowerCase();
  let clientSecretId = existing?.clientSecretId ?? null;
  if (input.clientSecret) {
    clientSecretId = (await secrets.putSecret(SAM_CLIENT_SECRET, input.clientSecret)).id;
  }
  const facts: RegistrationFacts = {
    ...(await readRegistrationFacts(prisma)),
    ...(input.clientSecret ? { hint: input.clientSecret.slice(0, 3), tail: input.clientSecret.slice(-2) } : {}),
    validatedAt: input.validated ? new Date().toISOString() : null,
  };
  await prisma.setting.upsert({ where: { key: REGISTRATION_SETTING }, create: { key: REGISTRATION_SETTING, value: { ...facts } }, update: { value: { ...facts } } });
  if (!sameApp) await secrets.deleteSecret(SAM_REFRESH_TOKEN);
  const keepStatus = sameApp && existing.status !== "disconnected";
  const fresh: Prisma.SamConnectionUncheckedUpdateInput = keepStatus
    ? {}
    : {
        status: "pending_consent", refreshTokenSecretId: null, connectedByUpn: null, connectedAt: null, refreshTokenIssuedAt: null,
        lastRefreshAt: null, lastRefreshErrorCode: null, lastRefreshErrorMsg: null, lastRefreshErrorAt: null,
        ...(sameApp ? {} : { secretExpiresAt: null }),
      };
  const data = { partnerTenantId: input.partnerTenantId, clientId: input.clientId, clientSecretId };
  await prisma.samConnection.upsert({ where: SINGLETON, create: { ...SINGLETON, ...data }, update: { ...data, ...fresh } });
  return { sameApp, secretChanged: !!input.clientSecret };
}
