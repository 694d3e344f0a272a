import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { ensureKeyFile, formatMasterKey, generateMasterKey, keyringFromEnv, MasterKeyError, parseMasterKey } from "@/lib/crypto/keyring";

const b64 = (fill: number) => Buffer.alloc(32, fill).toString("base64");
const tmp = mkdtempSync(path.join(tmpdir(), "tenantry-key-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("master keys", () => {
  it("parses base64 of 32 bytes, with an optional version prefix", () => {
    expect(parseMasterKey(b64(1)).version).toBe(1);
    expect(parseMasterKey(`7:${b64(1)}`).version).toBe(7);
    expect(parseMasterKey(`7:${b64(1)}`).id).toBe(parseMasterKey(b64(1)).id);
  });

  it("derives distinct ids that do not reveal the key", () => {
    const key = parseMasterKey(b64(1));
    expect(key.id).toMatch(/^mk_[0-9a-f]{16}$/);
    expect(parseMasterKey(b64(2)).id).not.toBe(key.id);
    expect(b64(1)).not.toContain(key.id.slice(3));
  });

  it.each(["", "not base64!", Buffer.alloc(16).toString("base64"), "k".repeat(44)])(
    "rejects %j without echoing it",
    (spec) => {
      expect(() => parseMasterKey(spec, "TENANTRY_MASTER_KEY")).toThrow(MasterKeyError);
      expect(() => parseMasterKey(spec, "TENANTRY_MASTER_KEY")).toThrow(/TENANTRY_MASTER_KEY must be 32 random bytes/);
    },
  );

  it("round-trips through formatMasterKey", () => {
    const key = generateMasterKey(3);
    expect(parseMasterKey(formatMasterKey(key))).toEqual(key);
  });
});

describe("keyringFromEnv", () => {
  it("reads the current key and comma-separated previous keys", () => {
    const ring = keyringFromEnv({ TENANTRY_MASTER_KEY: `2:${b64(2)}`, TENANTRY_MASTER_KEY_PREVIOUS: `1:${b64(1)}, ` });
    expect(ring.current.version).toBe(2);
    expect(ring.previous.map((k) => k.version)).toEqual([1]);
  });

  it("reads a key file: first key is current, later lines are previous, comments ignored", () => {
    const file = path.join(tmp, "master.key");
    writeFileSync(file, `# current first\n2:${b64(2)}\n\n1:${b64(1)}\n`);
    const ring = keyringFromEnv({ TENANTRY_MASTER_KEY_FILE: file });
    expect([ring.current.version, ...ring.previous.map((k) => k.version)]).toEqual([2, 1]);
  });

  it("explains what to set when nothing is configured", () => {
    expect(() => keyringFromEnv({})).toThrow(/TENANTRY_MASTER_KEY/);
  });

  it("ensureKeyFile creates a private key file once and keeps it", () => {
    const file = path.join(tmp, "nested", "master.key");
    ensureKeyFile(file);
    const first = readFileSync(file, "utf8");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    ensureKeyFile(file);
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(keyringFromEnv({ TENANTRY_MASTER_KEY_FILE: file }).current.key).toHaveLength(32);
  });
});
