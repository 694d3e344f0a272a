import { describe, expect, it } from "vitest";

import { DecryptionError, open, rewrap, seal } from "@/lib/crypto/envelope";
import type { Sealed } from "@/lib/crypto/envelope";
import { generateMasterKey } from "@/lib/crypto/keyring";
import type { Keyring } from "@/lib/crypto/keyring";

const keyA = generateMasterKey(1);
const keyB = generateMasterKey(2);
const ringA: Keyring = { current: keyA, previous: [] };
const PURPOSE = "sam.refresh_token";

const flipFirstByte = (bytes: Uint8Array) => {
  const copy = Uint8Array.from(bytes);
  copy[0] ^= 0x01;
  return copy;
};

describe("seal/open", () => {
  it("round-trips text and bytes, recording the master key id and version", () => {
    const sealed = seal("0.AAAA-refresh-token-✓", PURPOSE, ringA);
    expect(open(sealed, PURPOSE, ringA).toString("utf8")).toBe("0.AAAA-refresh-token-✓");
    expect(sealed.masterKeyId).toBe(keyA.id);
    expect(sealed.masterKeyVersion).toBe(1);

    const bytes = Uint8Array.from([0, 1, 2, 255]);
    expect([...open(seal(bytes, PURPOSE, ringA), PURPOSE, ringA)]).toEqual([0, 1, 2, 255]);
  });

  it("uses a fresh data key and IV every time, and never stores the plaintext", () => {
    const first = seal("same secret", PURPOSE, ringA);
    const second = seal("same secret", PURPOSE, ringA);
    expect(Buffer.from(first.ciphertext).equals(Buffer.from(second.ciphertext))).toBe(false);
    expect(Buffer.from(first.wrappedDataKey).equals(Buffer.from(second.wrappedDataKey))).toBe(false);
    expect(Buffer.from(first.ciphertext).includes(Buffer.from("same secret"))).toBe(false);
  });

  it.each(["ciphertext", "iv", "authTag", "wrappedDataKey", "dataKeyIv", "dataKeyTag"] as const)(
    "detects tampering with %s",
    (field) => {
      const sealed = seal("client-secret-value", PURPOSE, ringA);
      const tampered: Sealed = { ...sealed, [field]: flipFirstByte(sealed[field]) };
      expect(() => open(tampered, PURPOSE, ringA)).toThrow(DecryptionError);
    },
  );

  it("refuses to open under another purpose (AAD)", () => {
    const sealed = seal("client-secret-value", "sam.client_secret", ringA);
    expect(() => open(sealed, "sam.refresh_token", ringA)).toThrow(DecryptionError);
  });

  it("names the missing master key instead of reporting tampering", () => {
    const sealed = seal("x", PURPOSE, ringA);
    expect(() => open(sealed, PURPOSE, { current: keyB, previous: [] })).toThrow(new RegExp(keyA.id));
  });

  it("refuses a record whose key id was relabelled onto another configured key", () => {
    const sealed = seal("x", PURPOSE, ringA);
    const relabelled = { ...sealed, masterKeyId: keyB.id };
    expect(() => open(relabelled, PURPOSE, { current: keyB, previous: [keyA] })).toThrow(DecryptionError);
  });
});

describe("rewrap (master-key rotation)", () => {
  it("moves the data key to the new master key; only the new key is needed afterwards", () => {
    const sealed = seal("rotate me", PURPOSE, ringA);
    const moved = rewrap(sealed, PURPOSE, keyB, ringA);
    expect(moved.masterKeyId).toBe(keyB.id);
    expect(moved.masterKeyVersion).toBe(2);
    expect(Buffer.from(moved.ciphertext).equals(Buffer.from(sealed.ciphertext))).toBe(true);
    expect(open(moved, PURPOSE, { current: keyB, previous: [] }).toString()).toBe("rotate me");
    expect(() => open(moved, PURPOSE, ringA)).toThrow(DecryptionError);
  });

  it("opens records from before a rotation while the old key is kept as previous", () => {
    const old = seal("old record", PURPOSE, ringA);
    expect(open(old, PURPOSE, { current: keyB, previous: [keyA] }).toString()).toBe("old record");
  });
});
