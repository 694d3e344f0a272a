import { processKeyring, type Keyring } from "../crypto/keyring";
import { getPrisma } from "../db/client";
import { env } from "../env";
import type { PrismaClient } from "../generated/prisma/client";
import { getCredentialStore, getTokenBroker } from "../microsoft/broker";
import { endpointsFromEnv, type MicrosoftEndpoints } from "../microsoft/endpoints";
import type { TokenBroker } from "../microsoft/token-broker";
import type { PrismaCredentialStore } from "../microsoft/token-broker-store";
import { createSecretStore, type SecretStore } from "../secrets/store";

/** Everything the SAM wizard's server steps touch, injectable so tests run them on their own DB and simulator. */
export interface SamDeps {
  prisma: PrismaClient;
  /** write-only use: the wizard stores and deletes partner secrets but never reads them */
  secrets: Pick<SecretStore, "putSecret" | "deleteSecret">;
  /** source of the msal client for consent (partner-app.ts); only lib/microsoft decrypts */
  store: PrismaCredentialStore;
  broker: TokenBroker;
  endpoints: MicrosoftEndpoints;
  /** `${NEXTAUTH_URL}/api/sam/callback`, registered on the SAM app */
  redirectUri: string;
  keyring: () => Keyring;
  now?: () => Date;
}

export function samDeps(): SamDeps {
  const prisma = getPrisma();
  return {
    prisma,
    secrets: createSecretStore(prisma),
    store: getCredentialStore(),
    broker: getTokenBroker(),
    endpoints: endpointsFromEnv(env()),
    redirectUri: samRedirectUri(env().NEXTAUTH_URL),
    keyring: processKeyring,
  };
}

export const samRedirectUri = (appUrl: string) => `${appUrl.replace(/\/+$/, "")}/api/sam/callback`;

export const SINGLETON = { id: 1 } as const;
