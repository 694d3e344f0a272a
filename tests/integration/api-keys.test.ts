import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as listKeys, POST as createKey } from "@/app/api/v1/api-keys/route";
import { DELETE as revokeKey } from "@/app/api/v1/api-keys/[prefix]/route";
import { GET as health } from "@/app/api/v1/health/route";
import { GET as me } from "@/app/api/v1/me/route";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createApiKey } from "@/lib/auth/api-keys";
import { apiRequest, routeCtx, sessionCookie, useTestAppEnv } from "../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let adminKey: string;
let adminCookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  useTestAppEnv(db.url);
  adminKey = (await createApiKey(db.prisma, { name: "bootstrap", role: "admin" }, SYSTEM_ACTOR)).key;
  const alex = await db.prisma.appUser.create({ data: { oid: "oid-alex", tenantId: "t", upn: "alex@contosomsp.com", displayName: "Alex Wilber", role: "admin" } });
  adminCookie = await sessionCookie({ userId: alex.id, name: alex.displayName, upn: alex.upn, role: "admin", oid: alex.oid });
});
afterAll(() => db?.drop());

const body = async (res: Response) => ({ status: res.status, json: await res.json() });

describe("GET /api/v1/health", () => {
  it("answers without credentials and reveals nothing but status", async () => {
    expect(await body(await health(apiRequest("/api/v1/health"), routeCtx()))).toEqual({ status: 200, json: { status: "ok", checks: { database: "ok" } } });
  });
});

describe("GET /api/v1/me", () => {
  it("returns the API key's actor for a Bearer key", async () => {
    const { status, json } = await body(await me(apiRequest("/api/v1/me", { key: adminKey }), routeCtx()));
    expect(status).toBe(200);
    expect(json.actor).toMatchObject({ type: "api_key", name: "bootstrap", role: "admin" });
  });

  it("returns the technician for a session cookie", async () => {
    const { json } = await body(await me(apiRequest("/api/v1/me", { cookie: adminCookie }), routeCtx()));
    expect(json.actor).toMatchObject({ type: "user", name: "Alex Wilber", upn: "alex@contosomsp.com", role: "admin" });
  });

  it("refuses an expired session, a garbage cookie and no credentials with 401 UNAUTHENTICATED", async () => {
    const [user] = await db.prisma.appUser.findMany();
    const expired = await sessionCookie({ userId: user!.id, name: "A", upn: "a@b.co", role: "admin" }, { maxAge: -120 });
    // A cookie next-auth kept re-issuing still ends 8 h after the interactive sign-in.
    const stale = await sessionCookie({ userId: user!.id, name: "A", upn: "a@b.co", role: "admin" }, { authTime: Math.floor(Date.now() / 1000) - 9 * 3600 });
    for (const cookie of [expired, stale, "next-auth.session-token=not-a-jwt", undefined]) {
      const { status, json } = await body(await me(apiRequest("/api/v1/me", { cookie }), routeCtx()));
      expect(status).toBe(401);
      expect(json.error.code).toBe("UNAUTHENTICATED");
    }
  });

  it("refuses unknown and malformed keys with 401 API_KEY_INVALID, even alongside a valid session", async () => {
    for (const key of ["tnt_aaaaaaaa_" + "A".repeat(43), "nonsense", ""]) {
      const { status, json } = await body(await me(apiRequest("/api/v1/me", { key, cookie: adminCookie }), routeCtx()));
      expect(status).toBe(401);
      expect(json.error.code).toBe("API_KEY_INVALID");
    }
  });
});

describe("/api/v1/api-keys", () => {
  it("creates a key shown once, stores only its hash, and the key works at once", async () => {
    const res = await createKey(apiRequest("/api/v1/api-keys", { method: "POST", cookie: adminCookie, body: { name: "PSA sync", role: "read_only" } }), routeCtx());
    const { status, json } = await body(res);
    expect(status).toBe(201);
    expect(json.key).toMatch(/^tnt_[a-z0-9]{8}_[A-Za-z0-9]{43}$/);
    expect(json.apiKey).toMatchObject({ name: "PSA sync", role: "read_only", prefix: json.key.slice(4, 12) });
    expect(JSON.stringify(json.apiKey)).not.toContain(json.key.slice(13));

    const dump = await db.prisma.$queryRaw<{ t: string }[]>`SELECT row_to_json(k)::text AS t FROM "ApiKey" k`;
    expect(dump.map((r) => r.t).join()).not.toContain(json.key);

    const who = await body(await me(apiRequest("/api/v1/me", { key: json.key }), routeCtx()));
    expect(who.json.actor).toMatchObject({ type: "api_key", name: "PSA sync", role: "read_only" });
  });

  it("lists keys with prefix, role, creator and last use — never a hash or secret", async () => {
    const { json } = await body(await listKeys(apiRequest("/api/v1/api-keys", { key: adminKey }), routeCtx()));
    const psa = json.apiKeys.find((k: { name: string }) => k.name === "PSA sync");
    expect(psa).toMatchObject({ role: "read_only", createdBy: "Alex Wilber", revokedAt: null });
    expect(psa.lastUsedAt).not.toBeNull();
    expect(Object.keys(psa)).not.toContain("hash");
  });

  it("is admin only: a read-only key gets 403 FORBIDDEN", async () => {
    const { key } = await createApiKey(db.prisma, { name: "reader", role: "read_only" }, SYSTEM_ACTOR);
    const { status, json } = await body(await listKeys(apiRequest("/api/v1/api-keys", { key }), routeCtx()));
    expect(status).toBe(403);
    expect(json.error).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("Admin") });
  });

  it("validates input with field errors", async () => {
    const { status, json } = await body(await createKey(apiRequest("/api/v1/api-keys", { method: "POST", key: adminKey, body: { name: " ", role: "owner" } }), routeCtx()));
    expect(status).toBe(400);
    expect(Object.keys(json.error.fields).sort()).toEqual(["name", "role"]);
  });

  it("revokes by prefix: the key stops working with 401 API_KEY_INVALID; revoking again is harmless", async () => {
    const { key, summary } = await createApiKey(db.prisma, { name: "to revoke", role: "technician" }, SYSTEM_ACTOR);
    const first = await body(await revokeKey(apiRequest(`/api/v1/api-keys/${summary.prefix}`, { method: "DELETE", cookie: adminCookie }), routeCtx({ prefix: summary.prefix })));
    expect(first.status).toBe(200);
    expect(first.json.apiKey.revokedAt).not.toBeNull();
    const after = await body(await me(apiRequest("/api/v1/me", { key }), routeCtx()));
    expect(after).toMatchObject({ status: 401, json: { error: { code: "API_KEY_INVALID" } } });
    const again = await body(await revokeKey(apiRequest("/x", { method: "DELETE", key: adminKey }), routeCtx({ prefix: summary.prefix })));
    expect(again.json.apiKey.revokedAt).toBe(first.json.apiKey.revokedAt);
    const missing = await revokeKey(apiRequest("/x", { method: "DELETE", key: adminKey }), routeCtx({ prefix: "zzzzzzzz" }));
    expect(missing.status).toBe(404);
  });

  it("audits creation and revocation with the actor and role, and the chain verifies", async () => {
    const rows = await db.prisma.auditEvent.findMany({ where: { action: { startsWith: "api_key." } }, orderBy: { id: "asc" } });
    const created = rows.find((r) => r.action === "api_key.created" && (r.detail as { name?: string }).name === "PSA sync");
    expect(created).toMatchObject({ actorType: "user", actorName: "Alex Wilber", role: "admin", outcome: "succeeded" });
    expect(rows.filter((r) => r.action === "api_key.revoked")).toHaveLength(1);
    expect(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(/tnt_[a-z0-9]{8}_[A-Za-z0-9]{43}/);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });
});
