import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { generateMasterKey } from "@/lib/crypto/keyring";
import type { Keyring } from "@/lib/crypto/keyring";
import { rotateMasterKey } from "@/lib/crypto/rotate";
import { createSecretStore } from "@/lib/secrets/store";
import { createTestDatabase } from "../helpers/db";
import type { TestDatabase } from "../helpers/db";

const oldKey = generateMasterKey(1);
const newKey = generateMasterKey(2);
const SECRETS = { "sam.client_secret": "client-secret-💡", "sam.refresh_token": "0.refresh-token", "test.other": "x".repeat(5000) };

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

const storeWith = (keyring: Keyring) => createSecretStore(db.prisma, () => keyring);

describe("rotateMasterKey", () => {
  it("re-wraps every secret under the new key; afterwards the old key is not needed", async () => {
    const before = storeWith({ current: oldKey, previous: [] });
    for (const [purpose, value] of Object.entries(SECRETS)) await before.putSecret(purpose, value);
    const rowsBefore = await db.prisma.encryptedSecret.findMany({ orderBy: { purpose: "asc" } });

    const started = performance.now();
    const result = await rotateMasterKey(db.prisma, newKey, { current: oldKey, previous: [] });
    console.log(`rotateMasterKey: ${rowsBefore.length} secrets in ${(performance.now() - started).toFixed(1)} ms`);
    expect(result).toEqual({ masterKeyId: newKey.id, masterKeyVersion: 2, rewrapped: 3, alreadyCurrent: 0 });

    const rowsAfter = await db.prisma.encryptedSecret.findMany({ orderBy: { purpose: "asc" } });
    rowsAfter.forEach((row, i) => {
      expect(row).toMatchObject({ masterKeyId: newKey.id, masterKeyVersion: 2, version: rowsBefore[i].version });
      expect(Buffer.from(row.wrappedDataKey).equals(Buffer.from(rowsBefore[i].wrappedDataKey))).toBe(false);
      expect(row.updatedAt).toEqual(rowsBefore[i].updatedAt);
    });

    const onlyNew = storeWith({ current: newKey, previous: [] });
    for (const [purpose, value] of Object.entries(SECRETS)) {
      expect((await onlyNew.getSecret(purpose))?.plaintext).toBe(value);
    }
    await expect(storeWith({ current: oldKey, previous: [] }).getSecret("sam.refresh_token")).rejects.toThrow(newKey.id);
  });

  it("is idempotent and picks up secrets a process still on the old key wrote meanwhile", async () => {
    await storeWith({ current: oldKey, previous: [] }).putSecret("test.straggler", "late write");
    const result = await rotateMasterKey(db.prisma, newKey, { current: newKey, previous: [oldKey] });
    expect(result).toMatchObject({ rewrapped: 1, alreadyCurrent: 3 });
    expect((await storeWith({ current: newKey, previous: [] }).getSecret("test.straggler"))?.plaintext).toBe("late write");
  });

  it("changes nothing when a secret cannot be unwrapped (all or nothing)", async () => {
    const unknown = generateMasterKey(9);
    await storeWith({ current: unknown, previous: [] }).putSecret("test.unknown-key", "orphan");
    const third = generateMasterKey(3);
    await expect(rotateMasterKey(db.prisma, third, { current: newKey, previous: [] })).rejects.toThrow(unknown.id);
    const stillOnNew = await db.prisma.encryptedSecret.count({ where: { masterKeyId: newKey.id } });
    expect(stillOnNew).toBe(4);
  });
});
