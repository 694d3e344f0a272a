import { afterAll, beforeAll } from "vitest";

import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { createApiKey } from "@/lib/auth/api-keys";
import { apiRequest, routeCtx, sessionCookie, useTestAppEnv } from "../../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../../helpers/db";
import { seedAuditWorld, type Person, type SeededUser } from "./seed";

type Handler = (req: Request, ctx: ReturnType<typeof routeCtx>) => Promise<Response>;

export interface AuditRouteHarness {
  db: TestDatabase;
  users: Record<Person, SeededUser>;
  cookies: Record<Person, string>;
  /** A read-only API key with no audit rows of its own. */
  readOnlyKey: string;
}

/**
 * Registers beforeAll/afterAll for a file that calls the audit routes: a migrated database, the
 * seeded history (seed.ts), a session cookie per person and a read-only API key. Fields are filled
 * in by beforeAll, so read them inside tests.
 */
export function useAuditRouteHarness(): AuditRouteHarness {
  const h = { cookies: {} } as AuditRouteHarness;
  beforeAll(async () => {
    h.db = await createTestDatabase();
    useTestAppEnv(h.db.url);
    h.users = await seedAuditWorld(h.db.prisma);
    for (const [key, u] of Object.entries(h.users) as [Person, SeededUser][]) {
      h.cookies[key] = await sessionCookie({ userId: u.id, name: u.displayName, upn: u.upn, role: u.role, oid: u.oid });
    }
    h.readOnlyKey = (await createApiKey(h.db.prisma, { name: "PSA sync", role: "read_only" }, SYSTEM_ACTOR)).key;
  });
  afterAll(() => h.db?.drop());
  return h;
}

/** Calls a route handler; the body comes back as bytes and as text (TextDecoder drops a BOM, as spreadsheets do). */
export async function call(handler: Handler, path: string, o: { cookie?: string; key?: string }) {
  const res = await handler(apiRequest(path, o), routeCtx());
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: new TextDecoder().decode(bytes) };
}
