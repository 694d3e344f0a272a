import { createHash, randomBytes } from "node:crypto";

// Key format: tnt_<prefix>_<secret>. The prefix (8 lowercase alphanumerics) is stored in clear so
// people can tell keys apart; the secret (43 base62 characters ≈ 256 bits) is never stored. The
// "tnt_" marker lets secret scanners recognise a leaked key. Base62 keeps "_" unambiguous as the
// separator and makes the key one double-clickable word.

const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
const BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + LOWER;
export const API_KEY_PATTERN = /^tnt_([a-z0-9]{8})_([A-Za-z0-9]{43})$/;

/** Uniform characters from a CSPRNG: rejection sampling avoids the modulo bias. */
function randomString(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

export interface NewApiKey {
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const prefix = randomString(LOWER, 8);
  const key = `tnt_${prefix}_${randomString(BASE62, 43)}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** A fast hash is right here: the secret has 256 bits of entropy, so there is nothing to brute-force. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function parseApiKey(raw: string): { prefix: string } | null {
  const match = API_KEY_PATTERN.exec(raw);
  return match ? { prefix: match[1] } : null;
}

export { displayPrefix } from "./api-key-display";
