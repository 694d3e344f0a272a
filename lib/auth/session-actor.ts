import { getToken, type JWT } from "next-auth/jwt";

import { env } from "@/lib/env";
import type { Actor } from "./actor";
import { isRole } from "./roles";
import { sessionCookieName, sessionStillValid } from "./session-cookie";

/** Parses a Cookie header into the Map next-auth's chunked session store understands. */
export function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

/**
 * The signed-in technician from the next-auth session cookie, or null. Expiry is enforced by
 * next-auth's JWT decode (the token carries `exp`); headers are deliberately not passed, because
 * getToken would otherwise treat any Bearer header as a session token.
 */
export async function actorFromSession(cookieHeader: string | null): Promise<Actor | null> {
  const cookies = parseCookies(cookieHeader);
  const name = sessionCookieName();
  const parts = [...cookies.entries()].filter(([key]) => key.startsWith(name));
  if (parts.length === 0) return null;
  const token = await decodeSession(cookies, name, parts.map(([key, value]) => `${key}=${value}`).sort().join(";"));
  if (!token || typeof token.userId !== "string" || !isRole(token.role) || !sessionStillValid(token.authTime)) return null;
  return {
    type: "user",
    id: token.userId,
    name: typeof token.name === "string" ? token.name : String(token.upn ?? "Unknown user"),
    upn: typeof token.upn === "string" ? token.upn : undefined,
    role: token.role,
  };
}

// Decoded sessions by their cookie value. Decoding is an HKDF key derivation and an AES-GCM
// decrypt, twice a request (proxy, then the handler), and the tenant list asks on every
// keystroke. The cookie cannot be forged (it is encrypted with NEXTAUTH_SECRET), so its claims
// are reused for a few minutes; its own `exp` and the absolute session age (sessionStillValid)
// are checked on every use all the same. Bounded: the oldest entry goes first.
const DECODED = new Map<string, { token: JWT; until: number }>();
const DECODED_MAX = 1_000;
const DECODED_FOR_MS = 5 * 60_000;

async function decodeSession(cookies: Map<string, string>, name: string, key: string): Promise<JWT | null> {
  const now = Date.now();
  const hit = DECODED.get(key);
  if (hit && hit.until > now) return hit.token;
  if (hit) DECODED.delete(key);
  const token = await getToken({
    req: { cookies, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: env().NEXTAUTH_SECRET,
    cookieName: name,
    logger: { error: () => {}, warn: () => {}, debug: () => {} } as unknown as Console,
  });
  if (!token) return null;
  const exp = typeof token.exp === "number" ? token.exp * 1000 : now;
  if (exp > now) {
    if (DECODED.size >= DECODED_MAX) DECODED.delete(DECODED.keys().next().value!);
    DECODED.set(key, { token, until: Math.min(exp, now + DECODED_FOR_MS) });
  }
  return token;
}
