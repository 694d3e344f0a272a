import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { findMasterKey, processKeyring } from "./keyring";
import type { Keyring, MasterKey } from "./keyring";

// Envelope encryption: each secret gets its own AES-256-GCM data key; the data key is stored
// wrapped (AES-256-GCM) by the master key, whose id and version are stored alongside. Rotating the
// master key re-wraps data keys without touching the secrets' ciphertexts.

/** Prisma's Bytes type: a Uint8Array over a plain (non-shared) ArrayBuffer. */
type Bytes = Uint8Array<ArrayBuffer>;

/** The columns of EncryptedSecret that carry a sealed value. */
export interface Sealed {
  ciphertext: Bytes;
  iv: Bytes;
  authTag: Bytes;
  wrappedDataKey: Bytes;
  dataKeyIv: Bytes;
  dataKeyTag: Bytes;
  masterKeyId: string;
  masterKeyVersion: number;
}

export class DecryptionError extends Error {
  readonly code = "SECRET_DECRYPTION_FAILED";
}

const IV_BYTES = 12;

function encrypt(key: Uint8Array, plaintext: Uint8Array, aad: string) {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(Buffer.from(aad, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, iv, tag: cipher.getAuthTag() };
}

function decrypt(key: Uint8Array, ciphertext: Uint8Array, iv: Uint8Array, tag: Uint8Array, aad: string): Buffer {
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv).setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // GCM cannot tell tampering from a wrong key or a wrong AAD; never echo key material.
    throw new DecryptionError("Secret failed authentication (tampered, wrong key, or wrong purpose)");
  }
}

// The wrapped data key is bound to the master key and the secret's AAD, so neither a wrapped key
// nor a whole sealed record can be moved to another purpose.
const wrapAad = (master: MasterKey, aad: string) => `tenantry.dek\0${master.id}\0${aad}`;

function wrapDataKey(dataKey: Uint8Array, master: MasterKey, aad: string) {
  const { ciphertext, iv, tag } = encrypt(master.key, dataKey, wrapAad(master, aad));
  return { wrappedDataKey: ciphertext, dataKeyIv: iv, dataKeyTag: tag, masterKeyId: master.id, masterKeyVersion: master.version };
}

function unwrapDataKey(sealed: Sealed, aad: string, keyring: Keyring): Buffer {
  const master = findMasterKey(keyring, sealed.masterKeyId);
  if (!master) {
    throw new DecryptionError(
      `Master key ${sealed.masterKeyId} (v${sealed.masterKeyVersion}) is not configured; add it to TENANTRY_MASTER_KEY_PREVIOUS`,
    );
  }
  return decrypt(master.key, sealed.wrappedDataKey, sealed.dataKeyIv, sealed.dataKeyTag, wrapAad(master, aad));
}

/** Encrypts `plaintext` under a fresh data key; `aad` (the secret's purpose) must match on open. */
export function seal(plaintext: string | Uint8Array, aad: string, keyring: Keyring = processKeyring()): Sealed {
  const dataKey = randomBytes(32);
  try {
    const data = typeof plaintext === "string" ? Buffer.from(plaintext, "utf8") : plaintext;
    const { ciphertext, iv, tag } = encrypt(dataKey, data, aad);
    return { ciphertext, iv, authTag: tag, ...wrapDataKey(dataKey, keyring.current, aad) };
  } finally {
    dataKey.fill(0);
  }
}

export function open(sealed: Sealed, aad: string, keyring: Keyring = processKeyring()): Buffer {
  const dataKey = unwrapDataKey(sealed, aad, keyring);
  try {
    return decrypt(dataKey, sealed.ciphertext, sealed.iv, sealed.authTag, aad);
  } finally {
    dataKey.fill(0);
  }
}

/** Re-wraps the data key under `target`; the ciphertext columns are unchanged. */
export function rewrap(sealed: Sealed, aad: string, target: MasterKey, keyring: Keyring): Sealed {
  const dataKey = unwrapDataKey(sealed, aad, keyring);
  try {
    return { ...sealed, ...wrapDataKey(dataKey, target, aad) };
  } finally {
    dataKey.fill(0);
  }
}
