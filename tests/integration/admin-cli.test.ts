import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findActiveApiKey } from "@/lib/auth/api-keys";
import { formatMasterKey, generateMasterKey, keyringFromEnv } from "@/lib/crypto/keyring";
import { createSecretStore } from "@/lib/secrets/store";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

const admin = (...args: string[]) => adminWith({}, ...args);
const adminWith = (env: Record<string, string>, ...args: string[]) =>
  run(TSX, ["scripts/admin.ts", ...args], { env: { ...process.env, DATABASE_URL: db.url, USER: "ops", ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe("npm run admin -- api-key", () => {
  let key: string;

  it("create prints only the key, which then authenticates", async () => {
    const { code, stdout } = await admin("api-key", "create", "--role", "technician", "--name", "CI pipeline");
    expect(code).toBe(0);
    key = stdout.trim();
    expect(stdout).toMatch(/^tnt_[a-z0-9]{8}_[A-Za-z0-9]{43}\n$/);
    expect(await findActiveApiKey(db.prisma, key)).toMatchObject({ name: "CI pipeline", role: "technician" });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "api_key.created" } });
    expect(audit).toMatchObject({ actorType: "system", actorName: "cli:ops" });
  });

  it("rejects a bad role with a message and exit code 2", async () => {
    const { code, stderr, stdout } = await admin("api-key", "create", "--role", "owner", "--name", "x");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--role/);
  });

  it("revoke <prefix> disables the key; audit verify reports an intact chain", async () => {
    const prefix = key.slice(4, 12);
    expect((await admin("api-key", "revoke", prefix)).code).toBe(0);
    expect(await findActiveApiKey(db.prisma, key)).toBeNull();
    const listing = await admin("api-key", "list");
    expect(listing.stdout).toMatch(new RegExp(`^${prefix}\\ttechnician\\tCI pipeline\\t.*revoked`, "m"));
    const verify = await admin("audit", "verify");
    expect(verify).toMatchObject({ code: 0, stdout: expect.stringContaining("intact: 2 event(s)") });
  });

  it("prints usage for an unknown command", async () => {
    const { code, stderr } = await admin("api-key", "explode");
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run admin/);
  });
});

describe("npm run admin -- master-key rotate", () => {
  it("re-wraps every secret under a generated key that alone opens them afterwards", async () => {
    const oldKey = formatMasterKey(generateMasterKey(1));
    const store = (key: string) => createSecretStore(db.prisma, () => keyringFromEnv({ TENANTRY_MASTER_KEY: key }));
    await store(oldKey).putSecret("test.rotation", "the partner refresh token");
    const { code, stdout, stderr } = await adminWith({ TENANTRY_MASTER_KEY: oldKey }, "master-key", "rotate");
    expect(code).toBe(0);
    expect(stderr).toMatch(/Re-wrapped \d+ secret/);
    const newKey = stdout.trim();
    expect(newKey).not.toBe(oldKey);
    expect((await store(newKey).getSecret("test.rotation"))?.plaintext).toBe("the partner refresh token");
    await expect(store(oldKey).getSecret("test.rotation")).rejects.toThrow();
  });
});
