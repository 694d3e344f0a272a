import { getToken } from "next-auth/jwt";

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
  if (![...cookies.keys()].some((key) => key.startsWith(name))) return null;
  const token = await getToken({
    req: { cookies, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: env().NEXTAUTH_SECRET,
    cookieName: name,
    logger: { error: () => {}, warn: () => {}, debug: () => {} } as unknown as Console,
  });
  if (!token || typeof token.userId !== "string" || !isRole(token.role) || !sessionStillValid(token.authTime)) return null;
  return {
    type: "user",
    id: token.userId,
    name: typeof token.name === "string" ? token.name : String(token.upn ?? "Unknown user"),
    upn: typeof token.upn === "string" ? token.upn : undefined,
    role: token.role,
  };
}
