import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DecryptionError } from "@/lib/crypto/envelope";
import { generateMasterKey } from "@/lib/crypto/keyring";
import type { Keyring } from "@/lib/crypto/keyring";
import { createSecretStore, SAM_REFRESH_TOKEN, SecretConflictError } from "@/lib/secrets/store";
import type { SecretStore } from "@/lib/secrets/store";
import { createTestDatabase } from "../helpers/db";
import type { TestDatabase } from "../helpers/db";

const keyring: Keyring = { current: generateMasterKey(), previous: [] };
let db: TestDatabase;
let store: SecretStore;

beforeAll(async () => {
  db = await createTestDatabase();
  store = createSecretStore(db.prisma, () => keyring);
});
afterAll(() => db?.drop());

describe("secret store", () => {
  it("stores only ciphertext and reads the plaintext back", async () => {
    const { version } = await store.putSecret("test.roundtrip", "s3cret-value");
    expect(version).toBe(1);
    expect(await store.getSecret("test.roundtrip")).toMatchObject({ plaintext: "s3cret-value", version: 1 });
    const raw = await db.prisma.$queryRaw<{ dump: string }[]>`SELECT row_to_json(s)::text AS dump FROM "EncryptedSecret" s`;
    expect(raw.map((r) => r.dump).join()).not.toContain("s3cret-value");
    expect(await store.getSecret("test.missing")).toBeNull();
  });

  it("increments the version on unconditional writes", async () => {
    await store.putSecret("test.overwrite", "one");
    expect((await store.putSecret("test.overwrite", "two")).version).toBe(2);
    expect((await store.getSecret("test.overwrite"))?.plaintext).toBe("two");
  });

  it("expectedVersion 0 creates only when absent", async () => {
    await store.putSecret("test.create-only", "first", { expectedVersion: 0 });
    await expect(store.putSecret("test.create-only", "second", { expectedVersion: 0 })).rejects.toMatchObject({
      code: "SECRET_VERSION_CONFLICT",
      actualVersion: 1,
    });
  });

  it("two writers holding the same version: exactly one wins, the other gets a typed conflict", async () => {
    const { version } = await store.putSecret(SAM_REFRESH_TOKEN, "rt-0");
    const results = await Promise.allSettled([
      store.putSecret(SAM_REFRESH_TOKEN, "rt-from-writer-a", { expectedVersion: version }),
      store.putSecret(SAM_REFRESH_TOKEN, "rt-from-writer-b", { expectedVersion: version }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(SecretConflictError);
    expect(lost[0].reason).toMatchObject({ expectedVersion: version, actualVersion: version + 1 });

    const winner = results[0].status === "fulfilled" ? "rt-from-writer-a" : "rt-from-writer-b";
    expect(await store.getSecret(SAM_REFRESH_TOKEN)).toMatchObject({ plaintext: winner, version: version + 1 });
  });

  it("a stale writer never overwrites a newer secret", async () => {
    await store.putSecret("test.stale", "v1");
    await store.putSecret("test.stale", "v2", { expectedVersion: 1 });
    await expect(store.putSecret("test.stale", "late", { expectedVersion: 1 })).rejects.toBeInstanceOf(SecretConflictError);
    expect((await store.getSecret("test.stale"))?.plaintext).toBe("v2");
  });

  it("a row copied onto another purpose does not open (purpose is the AAD)", async () => {
    await store.putSecret("test.source", "moved");
    await store.putSecret("test.target", "original");
    await db.prisma.$executeRaw`
      UPDATE "EncryptedSecret" t SET "ciphertext" = s."ciphertext", "iv" = s."iv", "authTag" = s."authTag",
        "wrappedDataKey" = s."wrappedDataKey", "dataKeyIv" = s."dataKeyIv", "dataKeyTag" = s."dataKeyTag"
      FROM "EncryptedSecret" s WHERE s."purpose" = 'test.source' AND t."purpose" = 'test.target'`;
    await expect(store.getSecret("test.target")).rejects.toBeInstanceOf(DecryptionError);
  });
});
