import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as saveRegistration } from "@/app/api/sam/app-registration/route";
import { GET as callback } from "@/app/api/sam/callback/route";
import { GET as connect } from "@/app/api/sam/connect/route";
import { POST as verify } from "@/app/api/sam/verify/route";
import { GET as status } from "@/app/api/v1/sam/status/route";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { createApiKey } from "@/lib/auth/api-keys";
import { stopJobSender } from "@/lib/jobs/send";
import { BOSS_SCHEMA } from "@/lib/jobs/worker";
import type { Simulator } from "../../../simulator/server";
import { apiRequest, routeCtx, sessionCookie, useTestAppEnv } from "../../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../../helpers/db";
import { startTestSimulator } from "../../helpers/sim";
import { signIn } from "../../helpers/signin";
import { simEndpoints } from "./harness";

// The HTTP surface of the wizard and GET /api/v1/sam/status, in-process against Postgres and the simulator.
let db: TestDatabase;
let sim: Simulator;
let admin: string;
let tech: string;
let readOnlyKey: string;
let world: { partnerTenantId: string; samApp: { clientId: string; clientSecret: string } };

beforeAll(async () => {
  [db, sim] = await Promise.all([createTestDatabase(), startTestSimulator()]);
  const e = simEndpoints(sim.url);
  useTestAppEnv(db.url, { MICROSOFT_IDENTITY_URL: e.identity, MICROSOFT_GRAPH_URL: e.graph, MICROSOFT_PARTNER_CENTER_URL: e.partnerCenter, MICROSOFT_EXCHANGE_URL: e.exchange });
  world = await (await fetch(`${sim.url}/_sim/world`)).json();
  admin = await sessionCookie({ userId: "u-alex", name: "Alex Wilber", upn: "alex@contosomsp.com", role: "admin" });
  tech = await sessionCookie({ userId: "u-megan", name: "Megan Bowen", upn: "megan@contosomsp.com", role: "technician" });
  readOnlyKey = (await createApiKey(db.prisma, { name: "monitor", role: "read_only" }, SYSTEM_ACTOR)).key;
});
afterAll(async () => {
  await stopJobSender();
  await db?.drop();
  await sim?.close();
});

const json = async (res: Response) => ({ status: res.status, body: await res.json() });
const page = (path: string, cookie: string) => new NextRequest(`http://127.0.0.1:3999${path}`, { headers: { cookie } });

describe("GET /api/v1/sam/status", () => {
  it("answers any role (here a read-only API key) with the connection's health and no secrets", async () => {
    const { status: code, body } = await json(await status(apiRequest("/api/v1/sam/status", { key: readOnlyKey }), routeCtx()));
    expect(code).toBe(200);
    expect(body).toMatchObject({ status: "not_configured", partnerTenantId: null, warnings: [] });
  });

  it("refuses anonymous callers", async () => {
    expect((await status(apiRequest("/api/v1/sam/status"), routeCtx())).status).toBe(401);
  });
});

/** Sync runs (oldest first) and the pg-boss jobs queued for them. */
async function syncs() {
  const runs = await db.prisma.syncRun.findMany({ where: { kind: "tenants.sync" }, orderBy: { startedAt: "asc" }, select: { status: true, requestedBy: true } });
  const [{ n }] = await db.prisma.$queryRawUnsafe<[{ n: bigint }]>(`SELECT count(*) AS n FROM "${BOSS_SCHEMA}".job WHERE name = 'tenants.sync'`);
  return { runs, jobs: Number(n) };
}

/** Connect → Microsoft's pages → callback again, as an admin reconnecting does. */
async function reconnect() {
  const start = await connect(page("/api/sam/connect", admin));
  const back = new URL((await signIn(start.headers.get("location")!, "alex@contosomsp.com")).location!);
  const res = await callback(page(`/api/sam/callback${back.search}`, `${admin}; ${start.headers.get("set-cookie")!.split(";")[0]!}`));
  expect(res.headers.get("location")).toBe("http://127.0.0.1:3999/setup?step=verify");
}

describe("the wizard over HTTP", () => {
  it("is refused to a technician", async () => {
    const put = await saveRegistration(apiRequest("/api/sam/app-registration", { cookie: tech, method: "PUT", body: { partnerTenantId: world.partnerTenantId, ...world.samApp } }), routeCtx());
    expect(put.status).toBe(403);
    expect((await verify(apiRequest("/api/sam/verify", { cookie: tech, method: "POST" }), routeCtx())).status).toBe(403);
    const res = await connect(page("/api/sam/connect", tech));
    expect(res.headers.get("location")).toBe("http://127.0.0.1:3999/setup");
  });

  it("runs registration → connect → callback → verify for an admin; no secret or token in any response", async () => {
    const bodies: string[] = [];
    const put = await saveRegistration(apiRequest("/api/sam/app-registration", { cookie: admin, method: "PUT", body: { partnerTenantId: world.partnerTenantId, ...world.samApp } }), routeCtx());
    bodies.push(await put.clone().text());
    expect(await json(put)).toMatchObject({ status: 200, body: { status: "pending_consent", clientSecretStored: true } });

    const start = await connect(page("/api/sam/connect", admin));
    const location = start.headers.get("location")!;
    expect(location.startsWith(`${sim.url}/login.microsoftonline.com/${world.partnerTenantId}/oauth2/v2.0/authorize?`)).toBe(true);
    const setCookie = start.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/tenantry_sam_consent=.+; Path=\/api\/sam; .*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);

    const back = new URL((await signIn(location, "alex@contosomsp.com")).location!);
    expect(back.origin + back.pathname).toBe("http://127.0.0.1:3999/api/sam/callback");
    const consentCookie = setCookie.split(";")[0]!;
    const done = await callback(page(`/api/sam/callback${back.search}`, `${admin}; ${consentCookie}`));
    expect(done.headers.get("location")).toBe("http://127.0.0.1:3999/setup?step=verify");
    expect(done.headers.get("set-cookie")).toMatch(/tenantry_sam_consent=;/);
    // The first customer sync is queued by the connection itself, for the worker.
    expect(await syncs()).toEqual({ runs: [{ status: "queued", requestedBy: "alex@contosomsp.com" }], jobs: 1 });

    const checks = await verify(apiRequest("/api/sam/verify", { cookie: admin, method: "POST" }), routeCtx());
    const text = await checks.text();
    bodies.push(text);
    const result = JSON.parse(text);
    expect(result.ok).toBe(true);
    expect(result.customerCount).toBeGreaterThan(0);

    const health = await status(apiRequest("/api/v1/sam/status", { key: readOnlyKey }), routeCtx());
    bodies.push(await health.clone().text());
    expect((await json(health)).body).toMatchObject({ status: "connected", connectedByUpn: "alex@contosomsp.com", partnerTenantId: world.partnerTenantId, lastError: null });
    for (const b of bodies) {
      expect(b).not.toContain(world.samApp.clientSecret);
      expect(b).not.toMatch(/eyJ[\w-]+\.eyJ/);
      expect(b).not.toMatch(/1\.A[\w-]{40,}/);
    }
  });

  it("reconnecting queues no second sync while the first is queued, nor once one has succeeded; a failed first sync is retried", async () => {
    await reconnect();
    expect((await syncs()).runs).toHaveLength(1);
    await db.prisma.syncRun.updateMany({ where: { kind: "tenants.sync" }, data: { status: "failed", finishedAt: new Date() } });
    await reconnect();
    expect(await syncs()).toMatchObject({ runs: [{ status: "failed" }, { status: "queued" }], jobs: 2 });
    await db.prisma.syncRun.updateMany({ where: { kind: "tenants.sync", status: "queued" }, data: { status: "succeeded", finishedAt: new Date() } });
    await reconnect();
    expect(await syncs()).toMatchObject({ runs: [{ status: "failed" }, { status: "succeeded" }], jobs: 2 });
  });

  it("a callback error comes back to the wizard as a code only", async () => {
    const start = await connect(page("/api/sam/connect", admin));
    const consentCookie = start.headers.get("set-cookie")!.split(";")[0]!;
    const state = new URL(start.headers.get("location")!).searchParams.get("state")!;
    const res = await callback(page(`/api/sam/callback?error=access_denied&error_description=AADSTS65004%3A+declined&state=${state}`, `${admin}; ${consentCookie}`));
    expect(res.headers.get("location")).toBe("http://127.0.0.1:3999/setup?step=connect&error=declined");
  });
});
