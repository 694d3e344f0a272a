import { open, seal } from "../crypto/envelope";
import { processKeyring } from "../crypto/keyring";
import type { Keyring } from "../crypto/keyring";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../generated/prisma/client";

// Secrets at rest: one EncryptedSecret row per purpose, sealed with the purpose as AAD so a row
// copied onto another purpose fails to open.
//
// ONLY lib/microsoft/token-broker may call getSecret for SAM purposes (sam.*): the token broker is
// the only code that decrypts partner credentials; everyone else asks it for an access token.
// tests/unit/secret-access.test.ts fails if getSecret appears anywhere else. putSecret is open to
// the SAM wizard, which stores but never reads.

export const SAM_CLIENT_SECRET = "sam.client_secret";
export const SAM_REFRESH_TOKEN = "sam.refresh_token";

export class SecretConflictError extends Error {
  readonly code = "SECRET_VERSION_CONFLICT";
  constructor(
    readonly purpose: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | null,
  ) {
    super(`Secret ${purpose} is at version ${actualVersion ?? "none"}, not the expected ${expectedVersion}`);
  }
}

export interface PutOptions {
  /** Write only if the stored version is this one; 0 means "only if it does not exist yet". */
  expectedVersion?: number;
}

export interface StoredSecret {
  id: string;
  version: number;
}

export interface OpenedSecret extends StoredSecret {
  plaintext: string;
  updatedAt: Date;
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

export function createSecretStore(prisma: PrismaClient, keyring: () => Keyring = processKeyring) {
  async function conflict(purpose: string, expectedVersion: number): Promise<never> {
    const row = await prisma.encryptedSecret.findUnique({ where: { purpose }, select: { version: true } });
    throw new SecretConflictError(purpose, expectedVersion, row?.version ?? null);
  }

  async function putSecret(purpose: string, plaintext: string, options: PutOptions = {}): Promise<StoredSecret> {
    const sealed = seal(plaintext, purpose, keyring());
    const { expectedVersion } = options;
    const select = { id: true, version: true } as const;
    if (expectedVersion === undefined) {
      const upsert = () =>
        prisma.encryptedSecret.upsert({
          where: { purpose },
          create: { purpose, ...sealed },
          update: { ...sealed, version: { increment: 1 } },
          select,
        });
      // Two first writers can both miss the row; the loser's insert hits the unique key, and its
      // retry becomes an update.
      return upsert().catch((error: unknown) => (isUniqueViolation(error) ? upsert() : Promise.reject(error)));
    }
    if (expectedVersion === 0) {
      try {
        return await prisma.encryptedSecret.create({ data: { purpose, ...sealed }, select });
      } catch (error) {
        if (isUniqueViolation(error)) return conflict(purpose, 0);
        throw error;
      }
    }
    // Compare-and-set in one statement: of two writers holding the same version, exactly one matches.
    const [updated] = await prisma.encryptedSecret.updateManyAndReturn({
      where: { purpose, version: expectedVersion },
      data: { ...sealed, version: expectedVersion + 1 },
      select,
    });
    return updated ?? conflict(purpose, expectedVersion);
  }

  async function getSecret(purpose: string): Promise<OpenedSecret | null> {
    const row = await prisma.encryptedSecret.findUnique({ where: { purpose } });
    if (!row) return null;
    const plaintext = open(row, purpose, keyring()).toString("utf8");
    return { id: row.id, version: row.version, plaintext, updatedAt: row.updatedAt };
  }

  async function deleteSecret(purpose: string): Promise<void> {
    await prisma.encryptedSecret.deleteMany({ where: { purpose } });
  }

  return { putSecret, getSecret, deleteSecret };
}

export type SecretStore = ReturnType<typeof createSecretStore>;

let processStore: SecretStore | undefined;
const store = () => (processStore ??= createSecretStore(getPrisma()));

export const putSecret: SecretStore["putSecret"] = (...args) => store().putSecret(...args);
export const getSecret: SecretStore["getSecret"] = (...args) => store().getSecret(...args);
export const deleteSecret: SecretStore["deleteSecret"] = (...args) => store().deleteSecret(...args);
