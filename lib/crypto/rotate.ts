import type { PrismaClient } from "../generated/prisma/client";
import { rewrap } from "./envelope";
import { processKeyring } from "./keyring";
import type { Keyring, MasterKey } from "./keyring";

export interface RotationResult {
  masterKeyId: string;
  masterKeyVersion: number;
  rewrapped: number;
  alreadyCurrent: number;
}

/**
 * Re-wraps every EncryptedSecret's data key under `newKey`, in one transaction: either all secrets
 * move to the new key or none do. Rows are locked first so a concurrent putSecret waits rather than
 * writing beside the rotation; `version` is left alone because the plaintext did not change (a
 * token broker holding that version must still be able to write its rotated refresh token).
 *
 * Procedure (the admin CLI wraps it): run with the new key as target and the old key configured;
 * restart every process with the new key as TENANTRY_MASTER_KEY and the old one in
 * TENANTRY_MASTER_KEY_PREVIOUS; run again (idempotent: it re-wraps only what a process still on
 * the old key sealed meanwhile); then drop the old key.
 */
export async function rotateMasterKey(
  prisma: PrismaClient,
  newKey: MasterKey,
  keyring: Keyring = processKeyring(),
): Promise<RotationResult> {
  const ring: Keyring = { current: newKey, previous: [keyring.current, ...keyring.previous] };
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "EncryptedSecret" FOR UPDATE`;
      const rows = await tx.encryptedSecret.findMany({ orderBy: { purpose: "asc" } });
      let rewrapped = 0;
      for (const row of rows) {
        if (row.masterKeyId === newKey.id && row.masterKeyVersion === newKey.version) continue;
        // The secret's purpose is its AAD (lib/secrets/store.ts).
        const next = rewrap(row, row.purpose, newKey, ring);
        await tx.encryptedSecret.update({
          where: { id: row.id },
          data: {
            wrappedDataKey: next.wrappedDataKey,
            dataKeyIv: next.dataKeyIv,
            dataKeyTag: next.dataKeyTag,
            masterKeyId: next.masterKeyId,
            masterKeyVersion: next.masterKeyVersion,
            updatedAt: row.updatedAt, // a re-wrap is not a change of the secret
          },
        });
        rewrapped++;
      }
      return {
        masterKeyId: newKey.id,
        masterKeyVersion: newKey.version,
        rewrapped,
        alreadyCurrent: rows.length - rewrapped,
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
