import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";

import type { Role } from "@/lib/auth/roles";

export const TEST_NEXTAUTH_SECRET = "test-secret-".padEnd(48, "x");

/**
 * The configuration lib/env.ts insists on, pointed at a test database. Call before the first
 * route handler runs: env() and the prisma client are both created once per process.
 */
export function useTestAppEnv(databaseUrl: string, extra: Record<string, string> = {}): void {
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: "http://127.0.0.1:3999",
    NEXTAUTH_SECRET: TEST_NEXTAUTH_SECRET,
    TENANTRY_MASTER_KEY: randomBytes(32).toString("base64"),
    ...extra,
  });
}

/** A session cookie as next-auth would set it after sign-in (maxAge < 0 makes an expired one). */
export async function sessionCookie(
  user: { userId: string; name: string; upn: string; role: Role; oid?: string },
  o: { maxAge?: number; authTime?: number } = {},
): Promise<string> {
  const token = await encode({
    secret: TEST_NEXTAUTH_SECRET,
    maxAge: o.maxAge ?? 3600,
    token: { sub: user.userId, oid: user.oid ?? "oid-" + user.userId, ...user, authTime: o.authTime ?? Math.floor(Date.now() / 1000) },
  });
  return `next-auth.session-token=${token}`;
}

/** A Request to an /api/v1 path with optional Bearer key or cookie. */
export function apiRequest(path: string, o: { key?: string; cookie?: string; method?: string; body?: unknown } = {}): Request {
  const headers: Record<string, string> = {};
  if (o.key !== undefined) headers.authorization = `Bearer ${o.key}`;
  if (o.cookie) headers.cookie = o.cookie;
  if (o.body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://127.0.0.1:3999${path}`, {
    method: o.method ?? "GET",
    headers,
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
}

export const routeCtx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
