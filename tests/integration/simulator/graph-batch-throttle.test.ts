import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { startTestSimulator } from "../../helpers/sim";
import { fixture, shapeMismatches } from "../../helpers/shape";
import { setGraphThrottle, DEFAULT_GRAPH_THROTTLE } from "../../../simulator/graph";
import { delegatedClaims } from "../../../simulator/identity/claims";
import type { Simulator } from "../../../simulator/server";
import type { Tenant } from "../../../simulator/world/types";
import { GRAPH_SCOPES, graph, persona, personaToken, tenantByHealth } from "./graph-helpers";

let sim: Simulator;
let tenant: Tenant;
let token: string;

beforeAll(async () => {
  sim = await startTestSimulator();
  tenant = tenantByHealth(sim, "healthy");
  token = await personaToken(sim, "technician", tenant);
});
afterAll(() => sim.close());
afterEach(() => {
  setGraphThrottle(sim.ctx, DEFAULT_GRAPH_THROTTLE);
  sim.ctx.faults.clear();
});

const batch = (requests: unknown[]) => graph(sim, token, "POST", "/$batch", { body: { requests } });
const nonAdmin = () => [...tenant.directory.users.values()].find((u) => u.userType === "Member" && !u.tags.length && !tenant.directory.directoryRoles.some((r) => r.members.has(u.id)))!;

describe("$batch", () => {
  test("runs sub-requests with their own status, headers and body; dependsOn orders them", async () => {
    const u = nonAdmin();
    const r = await batch([
      { id: "read", method: "GET", url: `/users/${u.id}?$select=jobTitle`, dependsOn: ["write"] },
      { id: "write", method: "PATCH", url: `/users/${u.id}`, headers: { "Content-Type": "application/json" }, body: { jobTitle: "Batch Title" } },
      { id: "page", method: "GET", url: "users?$top=2&$select=id" },
      { id: "count", method: "GET", url: "/users/$count", headers: { ConsistencyLevel: "eventual" } },
    ]);
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.responses.map((x: { id: string }) => [x.id, x]));
    expect(byId.write).toMatchObject({ status: 204, body: null });
    expect(byId.read).toMatchObject({ status: 200, body: { jobTitle: "Batch Title" } });
    expect(byId.read.headers["Content-Type"]).toMatch(/^application\/json/);
    expect(byId.page.body["@odata.nextLink"]).toContain(`${sim.url}/graph.microsoft.com/v1.0/users?`);
    expect(byId.count.body).toBe(String(tenant.directory.users.size));
    expect(r.body.responses.map((x: { id: string }) => x.id).indexOf("write")).toBeLessThan(r.body.responses.map((x: { id: string }) => x.id).indexOf("read"));
  });

  test("a failed dependency fails its dependants with 424; each sub-request is authorised on its own", async () => {
    const reader = await personaToken(sim, "read-only", tenant);
    const r = await graph(sim, reader, "POST", "/$batch", { body: { requests: [
      { id: "1", method: "PATCH", url: `/users/${nonAdmin().id}`, headers: { "Content-Type": "application/json" }, body: { jobTitle: "x" } },
      { id: "2", method: "GET", url: "/domains", dependsOn: ["1"] },
      { id: "3", method: "GET", url: "/users/00000000-0000-4000-8000-000000000000" },
    ] } });
    const byId = Object.fromEntries(r.body.responses.map((x: { id: string }) => [x.id, x]));
    expect(byId["1"].status).toBe(403);
    expect(byId["1"].body.error.code).toBe("Authorization_RequestDenied");
    expect(byId["2"].status).toBe(424);
    expect(byId["3"].status).toBe(404);
  });

  test("malformed batches are a 400: more than 20 requests, duplicate ids, unknown dependsOn, body without Content-Type", async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET", url: "/domains" }));
    expect((await batch(many)).status).toBe(400);
    expect((await batch(many.slice(0, 20))).status).toBe(200);
    expect((await batch([{ id: "a", method: "GET", url: "/domains" }, { id: "A", method: "GET", url: "/domains" }])).status).toBe(400);
    expect((await batch([{ id: "a", method: "GET", url: "/domains", dependsOn: ["zz"] }])).status).toBe(400);
    expect((await batch([{ id: "a", method: "PATCH", url: `/users/${nonAdmin().id}`, body: { jobTitle: "y" } }])).status).toBe(400);
  });

  test("sub-requests are throttled individually with their own Retry-After", async () => {
    setGraphThrottle(sim.ctx, { capacity: 3, windowSeconds: 60 });
    const r = await batch(Array.from({ length: 5 }, (_, i) => ({ id: String(i), method: "GET", url: "/domains" })));
    const throttled = r.body.responses.filter((x: { status: number }) => x.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(Number(throttled[0].headers["Retry-After"])).toBeGreaterThanOrEqual(1);
  });
});

describe("throttling", () => {
  test("a token bucket per (tenant, app) answers 429 with Retry-After and Microsoft's body, then refills on the clock", async () => {
    setGraphThrottle(sim.ctx, { capacity: 5, windowSeconds: 10 });
    for (let i = 0; i < 5; i++) expect((await graph(sim, token, "GET", "/domains")).status).toBe(200);
    const r = await graph(sim, token, "GET", "/domains");
    expect(r.status).toBe(429);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(shapeMismatches(fixture("graph.throttling.429.json"), r.body)).toEqual([]);
    expect(r.body.error).toMatchObject({ code: "TooManyRequests", message: "Please retry again later." });

    const base = `${sim.url}/login.microsoftonline.com`;
    const otherApp = await sim.ctx.tokens.sign(delegatedClaims(sim.ctx, { base, user: persona(sim, "technician"), home: sim.ctx.world.partner, target: tenant, resource: "graph", scopes: GRAPH_SCOPES, app: sim.ctx.world.signInApp }), 3600);
    expect((await graph(sim, otherApp, "GET", "/domains")).status).toBe(200);
    const otherTenant = await personaToken(sim, "technician", sim.ctx.world.customers.filter((t) => t.health === "healthy")[1]!);
    expect((await graph(sim, otherTenant, "GET", "/domains")).status).toBe(200);

    sim.ctx.clock.advance(10_000);
    expect((await graph(sim, token, "GET", "/domains")).status).toBe(200);
  });

  test("injected faults use Graph's shapes: 429 with the rule's Retry-After, 503 serviceNotAvailable", async () => {
    sim.ctx.faults.add({ host: "graph", throttleRate: 1, count: 1, retryAfterSeconds: 1 });
    const t = await graph(sim, token, "GET", "/users?$top=1");
    expect(t.status).toBe(429);
    expect(t.headers.get("retry-after")).toBe("1");
    expect(t.body.error.code).toBe("TooManyRequests");
    expect((await graph(sim, token, "GET", "/users?$top=1")).status).toBe(200);

    sim.ctx.faults.add({ host: "graph", op: "graph.users", errorRate: 1, errorStatus: 503, count: 1 });
    const e = await graph(sim, token, "GET", "/users?$top=1");
    expect(e.status).toBe(503);
    expect(e.body.error.code).toBe("serviceNotAvailable");
    expect(e.headers.get("request-id")).toBe(e.body.error.innerError["request-id"]);
    const log = sim.ctx.log.query({ host: "graph", op: "graph.users.list", tenant: tenant.id });
    expect(log.map((x) => x.status)).toEqual(expect.arrayContaining([429, 200, 503]));
  });
});
