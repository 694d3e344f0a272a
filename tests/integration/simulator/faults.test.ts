import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { control } from "../../helpers/control";
import { customer, sam, tokenPost } from "../../helpers/identity";
import { startTestSimulator } from "../../helpers/sim";

/** Every fault type, injected through POST /_sim/faults and observed over real HTTP. */
let sim: Simulator;
let api: ReturnType<typeof control>;
const GRAPH = "https://graph.microsoft.com/.default";

beforeAll(async () => {
  sim = await startTestSimulator({ seed: "faults-test" });
  api = control(sim);
});
afterAll(() => sim.close());
afterEach(async () => {
  await api.del("/faults");
});

const call = {
  identity: (tenant: string, o: RequestInit = {}) => fetch(`${sim.url}/login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`, o),
  graph: (token?: string, o: RequestInit = {}) => fetch(`${sim.url}/graph.microsoft.com/v1.0/users?$top=1`, { ...o, headers: token ? { authorization: `Bearer ${token}` } : {} }),
  "partner-center": (o: RequestInit = {}) => fetch(`${sim.url}/api.partnercenter.microsoft.com/v1/customers`, o),
  exchange: (tenant: string, o: RequestInit = {}) => fetch(`${sim.url}/outlook.office365.com/adminapi/beta/${tenant}/InvokeCommand`, {
    ...o, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ CmdletInput: { CmdletName: "Get-Mailbox" } }),
  }),
};
const healthy = () => sim.ctx.world.customers.filter((t) => t.health === "healthy");
const addFault = async (rule: Record<string, unknown>) => {
  const r = await api.post("/faults", rule);
  expect(r.status).toBe(201);
  return r.body as { id: string; hits: number };
};
const timed = async (f: () => Promise<Response>) => {
  const start = performance.now();
  const res = await f();
  await res.arrayBuffer();
  return { res, ms: performance.now() - start };
};
async function graphToken(tenant: string): Promise<string> {
  const rt = (await api.post("/refresh-token", { upn: "alex@contosomsp.com" })).body.refresh_token;
  const r = await tokenPost(sim, tenant, { grant_type: "refresh_token", client_id: sam(sim).clientId, client_secret: sam(sim).secret, refresh_token: rt, scope: GRAPH });
  expect(r.status).toBe(200);
  return r.json.access_token;
}

describe("fault rules CRUD (GET/POST/DELETE /_sim/faults)", () => {
  it("adds with an id, lists, deletes one, deletes all; rejects bad rules changing nothing", async () => {
    const a = await addFault({ host: "graph", latencyMs: 5 });
    expect(a).toMatchObject({ id: expect.any(String), hits: 0, host: "graph", latencyMs: 5 });
    const b = await addFault({ errorRate: 0.1 });
    expect((await api.get("/faults")).body.faults.map((f: { id: string }) => f.id)).toEqual([a.id, b.id]);
    expect((await api.del(`/faults/${a.id}`)).status).toBe(204);
    expect((await api.del(`/faults/${a.id}`))).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    for (const [rule, field] of [[{ host: "teams" }, "host"], [{ throttleRate: 2 }, "throttleRate"], [{ errorStatus: 404 }, "errorStatus"], [{ latency: 5 }, "latency"], [{ count: 0 }, "count"]] as const) {
      const r = await api.post("/faults", rule);
      expect(r.status).toBe(400);
      expect(r.body.error.fields).toHaveProperty(field);
    }
    expect((await api.get("/faults")).body.faults).toHaveLength(1);
    expect((await api.del("/faults")).body).toEqual({ removed: 1 });
    expect((await api.get("/faults")).body.faults).toEqual([]);
  });
});

describe("latency", () => {
  it("adds a fixed delay to the matching operation only", async () => {
    const t = healthy()[0]!.id;
    await addFault({ host: "identity", op: "identity.openidConfiguration", latencyMs: 300 });
    const slow = await timed(() => call.identity(t));
    expect(slow.res.status).toBe(200);
    expect(slow.ms).toBeGreaterThanOrEqual(295);
    const other = await timed(() => call.exchange(t));
    expect(other.ms).toBeLessThan(295);
    expect((await api.get("/requests?host=exchange&limit=1")).body.entries[0].fault).toBeNull();
    const [entry] = (await api.get("/requests?op=identity.openidConfiguration")).body.entries;
    expect(entry.durationMs).toBeGreaterThanOrEqual(295);
    expect(entry.fault).toBeTruthy();
  });

  it("keeps jitter within [latency, latency + jitter) and actually varies", async () => {
    const t = healthy()[0]!.id;
    await api.del("/requests");
    await addFault({ host: "partner-center", latencyMs: 50, jitterMs: 100 });
    const times = await Promise.all(Array.from({ length: 12 }, () => timed(() => call["partner-center"]())));
    for (const { ms } of times) expect(ms).toBeGreaterThanOrEqual(48);
    const logged = (await api.get("/requests?host=partner-center")).body.entries.map((e: { durationMs: number }) => e.durationMs);
    expect(logged).toHaveLength(12);
    for (const d of logged) {
      expect(d).toBeGreaterThanOrEqual(49);
      expect(d).toBeLessThan(150 + 60);
    }
    expect(Math.max(...logged) - Math.min(...logged)).toBeGreaterThan(10);
    await call.identity(t);
    expect((await api.get("/requests?host=identity&limit=1")).body.entries[0]).toMatchObject({ fault: null, status: 200 });
  });
});

describe("429 with Retry-After, in each host's own shape", () => {
  it("graph: TooManyRequests with innerError", async () => {
    await addFault({ host: "graph", throttleRate: 1, retryAfterSeconds: 7 });
    const res = await call.graph();
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(await res.json()).toMatchObject({ error: { code: "TooManyRequests", message: expect.any(String), innerError: { code: "429", "request-id": expect.any(String) } } });
  });

  it("partner center: statusCode + message", async () => {
    await addFault({ host: "partner-center", throttleRate: 1, retryAfterSeconds: 57 });
    const res = await call["partner-center"]();
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("57");
    expect(await res.json()).toEqual({ statusCode: 429, message: "Rate limit is exceeded. Try again in 57 seconds." });
  });

  it("exchange: the InvokeCommand error envelope", async () => {
    await addFault({ host: "exchange", throttleRate: 1, retryAfterSeconds: 3 });
    const res = await call.exchange(healthy()[0]!.initialDomain);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
    expect(await res.json()).toMatchObject({ error: { code: "TooManyRequests", details: [expect.objectContaining({ message: expect.stringContaining("Retry after 3 seconds") })] } });
  });

  it("identity: AADSTS90055 in the token-error shape", async () => {
    await addFault({ host: "identity", op: "identity.token", throttleRate: 1, retryAfterSeconds: 2 });
    const r = await tokenPost(sim, healthy()[0]!.id, { grant_type: "client_credentials", client_id: sam(sim).clientId, client_secret: sam(sim).secret, scope: GRAPH });
    expect(r.status).toBe(429);
    expect(r.headers.get("retry-after")).toBe("2");
    expect(r.json).toMatchObject({ error: "temporarily_unavailable", error_codes: [90055], error_description: expect.stringMatching(/^AADSTS90055: /) });
  });

  it("throttles at about the configured rate", async () => {
    await addFault({ host: "identity", throttleRate: 0.5 });
    const statuses = [];
    for (let i = 0; i < 60; i++) statuses.push((await call.identity(healthy()[0]!.id)).status);
    const throttled = statuses.filter((s) => s === 429).length;
    expect(throttled).toBeGreaterThan(15);
    expect(throttled).toBeLessThan(45);
    expect(statuses.filter((s) => s !== 429).every((s) => s === 200)).toBe(true);
  });
});

describe("5xx", () => {
  it("answers the configured status in the host's shape; 503 by default", async () => {
    await addFault({ host: "graph", errorRate: 1, errorStatus: 502 });
    const res = await call.graph();
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ error: { code: "BadGateway" } });
    await api.del("/faults");
    await addFault({ host: "exchange", errorRate: 1 });
    const exo = await call.exchange(healthy()[0]!.id);
    expect(exo.status).toBe(503);
    expect((await exo.json()).error.code).toBe("ServiceUnavailable");
  });

  it("fails about the configured share of requests", async () => {
    await addFault({ host: "partner-center", errorRate: 0.3 });
    const statuses = [];
    for (let i = 0; i < 60; i++) statuses.push((await call["partner-center"]()).status);
    const failed = statuses.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(6);
    expect(failed).toBeLessThan(32);
  });
});

describe("hang", () => {
  it("never answers: the client times out, the server stays healthy and the rule can retire", async () => {
    const rule = await addFault({ host: "partner-center", hang: true, count: 1 });
    await api.del("/requests");
    const started = performance.now();
    await expect(call["partner-center"]({ signal: AbortSignal.timeout(300) })).rejects.toMatchObject({ name: "TimeoutError" });
    expect(performance.now() - started).toBeLessThan(2_000);
    // The log records the abandoned request as never answered (status 0).
    await expect.poll(async () => (await api.get("/requests?host=partner-center")).body.entries).toEqual([
      expect.objectContaining({ op: "partner-center.customers.list", status: 0, fault: rule.id }),
    ]);
    expect((await api.get("/world")).status).toBe(200);
    expect((await call.identity(healthy()[0]!.id)).status).toBe(200);
    // count: 1 retired the rule: the next call answers (401: no token).
    expect((await call["partner-center"]({ signal: AbortSignal.timeout(2_000) })).status).toBe(401);
  });

  it("holds many hung requests at once without blocking others", async () => {
    await addFault({ host: "graph", hang: true });
    const hung = Array.from({ length: 20 }, () => call.graph(undefined, { signal: AbortSignal.timeout(400) }).then(() => "answered", (e: Error) => e.name));
    const t = await timed(() => call.identity(healthy()[0]!.id));
    expect(t.res.status).toBe(200);
    // answered while the hung requests were still waiting for their 400 ms timeout
    expect(t.ms).toBeLessThan(400);
    expect(await Promise.all(hung)).toEqual(Array(20).fill("TimeoutError"));
  });
});

describe("AADSTS injection", () => {
  it("answers the token endpoint with the named AADSTS error, then retires", async () => {
    const t = healthy()[0]!.id;
    const cc = () => tokenPost(sim, t, { grant_type: "client_credentials", client_id: sam(sim).clientId, client_secret: sam(sim).secret, scope: GRAPH });
    const rule = await addFault({ host: "identity", op: "identity.token", aadsts: 50076, count: 1 });
    // Only the token endpoint: discovery is untouched and does not use up the count.
    expect((await call.identity(t)).status).toBe(200);
    const r = await cc();
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ error: "invalid_grant", error_codes: [50076], error_description: expect.stringMatching(/^AADSTS50076: /), trace_id: expect.any(String) });
    expect((await api.get("/faults")).body.faults.map((f: { id: string }) => f.id)).not.toContain(rule.id);
    expect((await cc()).status).toBe(200);
  });

  it("uses each code's documented status and error (7000222 → 401 invalid_client)", async () => {
    await addFault({ aadsts: 7000222 });
    const r = await tokenPost(sim, healthy()[0]!.id, { grant_type: "client_credentials", client_id: sam(sim).clientId, client_secret: sam(sim).secret, scope: GRAPH });
    expect({ status: r.status, error: r.json.error, codes: r.json.error_codes }).toEqual({ status: 401, error: "invalid_client", codes: [7000222] });
  });
});

describe("count retirement", () => {
  it("applies a rule to exactly `count` matching requests, counting hits", async () => {
    const t = healthy()[0]!.id;
    const rule = await addFault({ host: "identity", throttleRate: 1, count: 3 });
    const other = await addFault({ host: "graph", errorRate: 1, count: 5 });
    await call.identity(t);
    expect((await api.get("/faults")).body.faults.find((f: { id: string }) => f.id === rule.id).hits).toBe(1);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call.identity(t)).status);
    expect(statuses).toEqual([429, 429, 200, 200]);
    expect((await api.get("/faults")).body.faults.map((f: { id: string }) => f.id)).toEqual([other.id]);
  });
});

describe("per-tenant matching", () => {
  it("matches a rule given by tenant id whichever way the request names the tenant", async () => {
    const [a, b] = healthy();
    await addFault({ tenant: a!.id, errorRate: 1 });
    for (const key of [a!.id, a!.initialDomain, a!.defaultDomain]) {
      expect((await call.identity(key)).status).toBe(503);
      expect((await call.exchange(key)).status).toBe(503);
    }
    expect((await call.identity(b!.id)).status).toBe(200);
    expect((await call.exchange(b!.initialDomain)).status).not.toBe(503);
  });

  it("matches a rule given by domain when the request names the tenant id", async () => {
    const [a, b] = healthy();
    await addFault({ tenant: a!.defaultDomain.toUpperCase(), throttleRate: 1, retryAfterSeconds: 4 });
    const res = await call.identity(a!.id);
    expect({ status: res.status, retryAfter: res.headers.get("retry-after") }).toEqual({ status: 429, retryAfter: "4" });
    expect((await call.identity(b!.defaultDomain)).status).toBe(200);
  });

  it("matches Graph calls by the tenant of the bearer token", async () => {
    const [a, b] = healthy();
    const [ta, tb] = [await graphToken(a!.id), await graphToken(b!.id)];
    await addFault({ host: "graph", tenant: a!.initialDomain, throttleRate: 1 });
    expect((await call.graph(ta)).status).toBe(429);
    expect((await call.graph(tb)).status).toBe(200);
    const counts = await api.get(`/requests/count?host=graph&tenant=${a!.defaultDomain}`);
    expect(counts.body.count).toBeGreaterThanOrEqual(1);
  });

  it("leaves tenant-less requests alone", async () => {
    await addFault({ tenant: customer(sim, "healthy").id, errorRate: 1 });
    expect((await call.identity("common")).status).toBe(200);
  });
});
