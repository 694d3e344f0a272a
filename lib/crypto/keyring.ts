import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A master key. `id` is derived from the key material, so a ciphertext names exactly the key that
 * wrapped it and a wrong key is reported as missing instead of failing as "tampered". `version` is
 * the operator's generation number (v1, v2, … after each rotation), stored for humans and audits.
 */
export interface MasterKey {
  readonly id: string;
  readonly version: number;
  readonly key: Buffer;
}

/** The key new secrets are sealed with, plus older keys still accepted for opening. */
export interface Keyring {
  readonly current: MasterKey;
  readonly previous: readonly MasterKey[];
}

export class MasterKeyError extends Error {
  readonly code = "MASTER_KEY_INVALID";
}

/** Parses `[<version>:]<base64 of 32 bytes>`, e.g. the output of `openssl rand -base64 32`. */
export function parseMasterKey(spec: string, source = "master key"): MasterKey {
  const match = /^(?:(\d+):)?([A-Za-z0-9+/=_-]+)$/.exec(spec.trim());
  const key = match ? Buffer.from(match[2], "base64") : Buffer.alloc(0);
  if (!match || key.length !== 32) {
    throw new MasterKeyError(`${source} must be 32 random bytes in base64 (optionally "<version>:<base64>"); generate one with: openssl rand -base64 32`);
  }
  return masterKey(key, match[1] ? Number(match[1]) : 1);
}

export function masterKey(key: Buffer, version = 1): MasterKey {
  const id = "mk_" + createHash("sha256").update("tenantry master key id\0").update(key).digest("hex").slice(0, 16);
  return { id, version, key };
}

export function generateMasterKey(version = 1): MasterKey {
  return masterKey(randomBytes(32), version);
}

export function formatMasterKey(key: MasterKey): string {
  return `${key.version}:${key.key.toString("base64")}`;
}

export function findMasterKey(keyring: Keyring, id: string): MasterKey | undefined {
  return [keyring.current, ...keyring.previous].find((candidate) => candidate.id === id);
}

/**
 * TENANTRY_MASTER_KEY holds the current key; TENANTRY_MASTER_KEY_FILE names a file whose first key
 * line is the current key and whose further lines are previous keys (blank lines and # comments
 * ignored). TENANTRY_MASTER_KEY_PREVIOUS adds comma-separated previous keys either way.
 */
export function keyringFromEnv(env: Record<string, string | undefined> = process.env): Keyring {
  const specs: { spec: string; source: string }[] = [];
  if (env.TENANTRY_MASTER_KEY) specs.push({ spec: env.TENANTRY_MASTER_KEY, source: "TENANTRY_MASTER_KEY" });
  else if (env.TENANTRY_MASTER_KEY_FILE) specs.push(...readKeyFile(env.TENANTRY_MASTER_KEY_FILE));
  else throw new MasterKeyError("Set TENANTRY_MASTER_KEY (base64 of 32 random bytes) or TENANTRY_MASTER_KEY_FILE");
  for (const spec of (env.TENANTRY_MASTER_KEY_PREVIOUS ?? "").split(",").filter((s) => s.trim())) {
    specs.push({ spec, source: "TENANTRY_MASTER_KEY_PREVIOUS" });
  }
  const [current, ...previous] = specs.map(({ spec, source }) => parseMasterKey(spec, source));
  return { current, previous };
}

function readKeyFile(file: string): { spec: string; source: string }[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/).map((line) => line.trim());
  const specs = lines.filter((line) => line && !line.startsWith("#"));
  if (specs.length === 0) throw new MasterKeyError(`TENANTRY_MASTER_KEY_FILE ${file} contains no key`);
  return specs.map((spec, i) => ({ spec, source: `TENANTRY_MASTER_KEY_FILE ${file} line ${i + 1}` }));
}

let cached: Keyring | undefined;

/** The process keyring, read once; configuration errors surface at first use with a clear message. */
export function processKeyring(): Keyring {
  cached ??= keyringFromEnv();
  return cached;
}

/** Demo mode: create a key file (mode 0600) on first start so a fresh clone needs no setup. */
export function ensureKeyFile(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const header = "# Tenantry master key (demo). Losing it makes stored secrets unreadable.\n";
    writeFileSync(file, `${header}${formatMasterKey(generateMasterKey())}\n`, { mode: 0o600, flag: "wx" });
  }
  return file;
}
