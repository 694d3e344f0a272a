import { checkPrimeSync, createHmac, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";

/**
 * RS256 signing key derived from the seed, so a restarted simulator with the same seed
 * still validates the tokens it issued before. Node cannot seed its RSA generator, so we
 * draw prime candidates from an HMAC-DRBG and test them with OpenSSL's native primality test.
 */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: { kty: "RSA"; use: "sig"; kid: string; x5t: string; n: string; e: string };
}

const E = 65537n;

function drbg(seed: string, label: string) {
  let counter = 0;
  return (bytes: number): Buffer => {
    const out: Buffer[] = [];
    let len = 0;
    while (len < bytes) {
      const block = createHmac("sha256", seed).update(`${label}:${counter++}`).digest();
      out.push(block);
      len += block.length;
    }
    return Buffer.concat(out).subarray(0, bytes);
  };
}

function toBig(buf: Buffer): bigint {
  return BigInt(`0x${buf.toString("hex")}`);
}

function findPrime(next: (n: number) => Buffer, bits: number): bigint {
  for (;;) {
    const buf = next(bits / 8);
    buf[0]! |= 0xc0; // top two bits set: p*q has exactly 2*bits bits
    buf[buf.length - 1]! |= 1;
    const candidate = toBig(buf);
    if (candidate % E === 1n) continue; // e must be invertible mod p-1
    if (checkPrimeSync(candidate, { checks: 24 })) return candidate;
  }
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

function b64u(n: bigint): string {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return Buffer.from(hex, "hex").toString("base64url");
}

export function deriveSigningKey(seed: string): SigningKey {
  const next = drbg(seed, "rsa-signing-key");
  let p = findPrime(next, 1024);
  let q = findPrime(next, 1024);
  if (p < q) [p, q] = [q, p];
  const n = p * q;
  const d = modInverse(E, (p - 1n) * (q - 1n));
  const jwk = {
    kty: "RSA", n: b64u(n), e: b64u(E), d: b64u(d), p: b64u(p), q: b64u(q),
    dp: b64u(d % (p - 1n)), dq: b64u(d % (q - 1n)), qi: b64u(modInverse(q, p)),
  };
  const privateKey = createPrivateKey({ key: jwk, format: "jwk" });
  const publicKey = createPublicKey(privateKey);
  const kid = createHmac("sha256", seed).update("kid").digest().subarray(0, 20).toString("base64url");
  return {
    kid, privateKey, publicKey,
    publicJwk: { kty: "RSA", use: "sig", kid, x5t: kid, n: jwk.n, e: jwk.e },
  };
}
