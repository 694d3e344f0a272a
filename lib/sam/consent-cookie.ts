import { open, seal, type Sealed } from "../crypto/envelope";
import type { Keyring } from "../crypto/keyring";

// The PKCE verifier, state and nonce of one "Connect as partner admin" attempt, kept in the
// browser only as an encrypted, httpOnly cookie scoped to /api/sam: no table needed, nothing
// readable client-side, and it expires on its own.

export const CONSENT_COOKIE = "tenantry_sam_consent";
export const CONSENT_TTL_SECONDS = 10 * 60;
const AAD = "sam.consent-state";

export interface ConsentState {
  verifier: string;
  state: string;
  nonce: string;
  /** the admin who started it: a callback in someone else's session is refused */
  actorId: string;
  expiresAt: number;
}

const BYTES = ["ciphertext", "iv", "authTag", "wrappedDataKey", "dataKeyIv", "dataKeyTag"] as const;

export function sealConsentState(state: ConsentState, keyring: Keyring): string {
  const sealed = seal(JSON.stringify(state), AAD, keyring);
  const wire: Record<string, string | number> = { k: sealed.masterKeyId, v: sealed.masterKeyVersion };
  for (const f of BYTES) wire[f] = Buffer.from(sealed[f]).toString("base64url");
  return Buffer.from(JSON.stringify(wire)).toString("base64url");
}

/** The state, or null when the cookie is missing, tampered with, sealed by another key, or expired. */
export function openConsentState(cookie: string | undefined, keyring: Keyring, now = Date.now()): ConsentState | null {
  if (!cookie) return null;
  try {
    const wire = JSON.parse(Buffer.from(cookie, "base64url").toString("utf8")) as Record<string, string | number>;
    const bytes = Object.fromEntries(BYTES.map((f) => [f, new Uint8Array(Buffer.from(String(wire[f]), "base64url"))]));
    const sealed = { ...bytes, masterKeyId: String(wire.k), masterKeyVersion: Number(wire.v) } as Sealed;
    const state = JSON.parse(open(sealed, AAD, keyring).toString("utf8")) as ConsentState;
    return state.expiresAt > now ? state : null;
  } catch {
    return null;
  }
}

export function consentCookieOptions(appUrl: string, maxAge = CONSENT_TTL_SECONDS) {
  return { httpOnly: true, sameSite: "lax" as const, secure: appUrl.startsWith("https://"), path: "/api/sam", maxAge };
}
