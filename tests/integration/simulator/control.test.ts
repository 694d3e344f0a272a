import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { control } from "../../helpers/control";
import { startTestSimulator } from "../../helpers/sim";

/** GET /_sim/world, /_sim/world/tenants/{id}, /_sim/reset, /_sim/clock: the world as tests see it. */
let sim: Simulator;
let api: ReturnType<typeof control>;
const tenantOf = async (health: string) => (await api.get("/world")).body.tenants.find((t: { health: string }) => t.health === health);

beforeAll(async () => {
  sim = await startTestSimulator({ seed: "control-test" });
  api = control(sim);
});
afterAll(() => sim.close());

describe("GET /_sim/world", () => {
  it("lists the partner, both apps, the personas and every tenant with its health", async () => {
    const { status, body } = await api.get("/world");
    expect(status).toBe(200);
    expect(body.partnerTenantId).toBe(sim.ctx.world.partner.id);
    expect(body.samApp).toMatchObject({ clientId: sim.ctx.world.samApp.appId, clientSecret: expect.any(String) });
    expect(body.signInApp).toMatchObject({ clientId: sim.ctx.world.signInApp.appId, clientSecret: expect.any(String) });
    expect(body.personas.map((p: { role: string }) => p.role)).toContain("partner-admin");
    for (const p of body.personas) expect(p).toMatchObject({ upn: expect.stringContaining("@"), displayName: expect.any(String) });
    expect(body.tenants).toHaveLength(25);
    for (const t of body.tenants) expect(Object.keys(t).sort()).toEqual(["defaultDomain", "displayName", "health", "initialDomain", "tenantId"]);
    const health = body.tenants.map((t: { health: string }) => t.health);
    for (const h of ["healthy", "no-consent", "ca-blocked", "expired", "no-exchange-role", "gdap-pending", "dap-only"]) expect(health).toContain(h);
  });
});

describe("GET /_sim/world/tenants/{id}", () => {
  it("summarises a healthy tenant: counts, GDAP with derived status, consent, planted phishing", async () => {
    const t = await tenantOf("healthy");
    const { status, body } = await api.get(`/world/tenants/${t.tenantId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ tenantId: t.tenantId, health: "healthy", blocksPartnerUsers: false, dapContract: false });
    expect(body.counts.users).toBeGreaterThanOrEqual(10);
    expect(body.counts.guests + body.counts.members).toBe(body.counts.users);
    expect(body.breakGlass).toHaveLength(1);
    expect(body.admins.some((a: { roles: string[] }) => a.roles.includes("Global Administrator"))).toBe(true);
    expect(body.gdapRelationships).toHaveLength(1);
    expect(body.gdapRelationships[0]).toMatchObject({ status: "active", roles: expect.arrayContaining(["Exchange Administrator"]) });
    expect(body.gdapRelationships[0].accessAssignments.length).toBeGreaterThan(0);
    expect(body.consents.map((c: { applicationId: string }) => c.applicationId)).toEqual([sim.ctx.world.samApp.appId]);
    // The first customer always carries the phishing aftermath.
    expect(body.suspiciousInboxRules.map((r: { kind: string }) => r.kind)).toEqual(expect.arrayContaining(["external-forward", "delete-all"]));
    expect(body.forwardingMailboxes.length).toBeGreaterThan(0);
  });

  it("finds a tenant by any of its domains and shows each seeded problem", async () => {
    const byDomain = await api.get(`/world/tenants/${(await tenantOf("expired")).defaultDomain.toUpperCase()}`);
    expect(byDomain.body.gdapRelationships[0].status).toBe("expired");
    expect((await api.get(`/world/tenants/${(await tenantOf("no-consent")).initialDomain}`)).body.consents).toEqual([]);
    expect((await api.get(`/world/tenants/${(await tenantOf("ca-blocked")).tenantId}`)).body.blocksPartnerUsers).toBe(true);
    const dap = (await api.get(`/world/tenants/${(await tenantOf("dap-only")).tenantId}`)).body;
    expect({ dap: dap.dapContract, gdap: dap.gdapRelationships }).toEqual({ dap: true, gdap: [] });
    const noExo = (await api.get(`/world/tenants/${(await tenantOf("no-exchange-role")).tenantId}`)).body;
    expect(noExo.gdapRelationships[0].roles).not.toContain("Exchange Administrator");
    const pending = (await api.get(`/world/tenants/${(await tenantOf("gdap-pending")).tenantId}`)).body;
    expect(pending.gdapRelationships[0]).toMatchObject({ status: "approvalPending", activatedDateTime: null, endDateTime: null });
  });

  it("answers 404 in the control error shape for an unknown tenant", async () => {
    const r = await api.get("/world/tenants/nobody.example");
    expect(r).toMatchObject({ status: 404, body: { error: { code: "not_found", message: expect.stringContaining("nobody.example") } } });
  });
});

describe("GET /_sim/clock, POST /_sim/clock/advance", () => {
  it("moves simulated time forward and GDAP status follows it", async () => {
    const before = (await api.get("/clock")).body;
    const expiring = await tenantOf("expiring");
    expect((await api.get(`/world/tenants/${expiring.tenantId}`)).body.gdapRelationships[0].status).toBe("expiring");
    const r = await api.post("/clock/advance", { days: 20, hours: 1, minutes: 1, seconds: 1 });
    expect(r.status).toBe(200);
    expect(r.body.advancedMs).toBe(((20 * 24 + 1) * 3600 + 61) * 1000);
    expect(r.body.offsetMs).toBe(before.offsetMs + r.body.advancedMs);
    expect(Date.parse(r.body.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(r.body.advancedMs);
    expect((await api.get("/world")).body.now >= r.body.now).toBe(true);
    expect((await api.get(`/world/tenants/${expiring.tenantId}`)).body.gdapRelationships[0].status).toBe("expired");
  });

  it("rejects bad input with 400 naming the fields, and does not move", async () => {
    const before = (await api.get("/clock")).body.offsetMs;
    for (const [body, field] of [[{ days: -1 }, "days"], [{ weeks: 1 }, "weeks"], [{}, "(root)"], [{ hours: "2" }, "hours"]] as const) {
      const r = await api.post("/clock/advance", body);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({ code: "invalid_request", fields: { [field]: expect.any(String) } });
    }
    expect((await api.get("/clock")).body.offsetMs).toBe(before);
  });
});

describe("POST /_sim/reset", () => {
  it("reseeds deterministically: same seed same tenants, another seed other tenants", async () => {
    const ids = async () => (await api.get("/world")).body.tenants.map((t: { tenantId: string }) => t.tenantId);
    const original = await ids();
    const other = await api.post("/reset", { seed: "another-seed" });
    expect(other.status).toBe(200);
    expect(other.body.seed).toBe("another-seed");
    const otherIds = await ids();
    expect(otherIds).toHaveLength(25);
    expect(otherIds.filter((id: string) => original.includes(id))).toEqual([]);
    await api.post("/reset", { seed: "control-test" });
    expect(await ids()).toEqual(original);
    // A smaller world is a prefix of the bigger one.
    await api.post("/reset", { tenants: 5 });
    expect(await ids()).toEqual(original.slice(0, 5));
    await api.post("/reset", { tenants: 25 });
    expect(await ids()).toEqual(original);
  });

  it("discards changes, the clock offset and the request log; keeps faults unless clearFaults", async () => {
    const t = await tenantOf("healthy");
    await api.post(`/tenants/${t.tenantId}/conditional-access`, { blocksPartnerUsers: true });
    await api.post("/clock/advance", { days: 3 });
    await fetch(`${sim.url}/login.microsoftonline.com/${t.tenantId}/v2.0/.well-known/openid-configuration`);
    const fault = (await api.post("/faults", { host: "graph", latencyMs: 1 })).body;

    await api.post("/reset", {});
    expect((await api.get(`/world/tenants/${t.tenantId}`)).body.blocksPartnerUsers).toBe(false);
    expect((await api.get("/clock")).body.offsetMs).toBe(0);
    expect((await api.get("/requests/count")).body.count).toBe(0);
    expect((await api.get("/faults")).body.faults.map((f: { id: string }) => f.id)).toEqual([fault.id]);

    await api.post("/reset", { clearFaults: true });
    expect((await api.get("/faults")).body.faults).toEqual([]);
  });

  it("rejects bad input with 400 and leaves the world as it was", async () => {
    const before = (await api.get("/world")).body;
    for (const body of [{ tenants: -1 }, { tenants: 1.5 }, { seed: "" }, { clearFaults: "yes" }, { extra: 1 }]) {
      const r = await api.post("/reset", body);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe("invalid_request");
      expect(Object.keys(r.body.error.fields)).toHaveLength(1);
    }
    const bad = await fetch(`${sim.url}/_sim/reset`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid_request");
    expect((await api.get("/world")).body.tenants).toEqual(before.tenants);
  });
});

describe("the control API is loopback-only", () => {
  it("refuses a non-loopback caller with 403 and still serves the Microsoft hosts to it", async () => {
    for (const url of ["/_sim/world", "/_sim/faults", "/_sim/requests"]) {
      const r = await sim.app.inject({ method: "GET", url, remoteAddress: "192.168.10.20" });
      expect(r.statusCode).toBe(403);
      expect(r.json()).toEqual({ error: { code: "forbidden", message: expect.stringContaining("loopback") } });
    }
    const reset = await sim.app.inject({ method: "POST", url: "/_sim/reset", remoteAddress: "10.0.0.7", payload: { seed: "hijacked" } });
    expect(reset.statusCode).toBe(403);
    expect(sim.ctx.world.seed).toBe("control-test");
    const oidc = await sim.app.inject({ method: "GET", url: `/login.microsoftonline.com/${sim.ctx.world.partner.id}/v2.0/.well-known/openid-configuration`, remoteAddress: "192.168.10.20" });
    expect(oidc.statusCode).toBe(200);
    for (const ip of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      expect((await sim.app.inject({ method: "GET", url: "/_sim/clock", remoteAddress: ip })).statusCode).toBe(200);
    }
  });

  it("answers unknown control paths with 404 in its own error shape", async () => {
    const r = await api.get("/nothing-here");
    expect(r).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });
});
