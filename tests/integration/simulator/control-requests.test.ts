import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { control } from "../../helpers/control";
import { startTestSimulator } from "../../helpers/sim";

/** GET /_sim/requests, GET /_sim/requests/count, DELETE /_sim/requests: counting upstream calls. */
let sim: Simulator;
let api: ReturnType<typeof control>;

beforeAll(async () => {
  sim = await startTestSimulator({ seed: "control-requests" });
  api = control(sim);
});
afterAll(() => sim.close());
beforeEach(async () => {
  await api.del("/requests");
});

const [a, b] = [() => sim.ctx.world.customers[0]!, () => sim.ctx.world.customers[11]!];
const oidc = (tenant: string) => fetch(`${sim.url}/login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`).then((r) => r.arrayBuffer());
const invoke = (tenant: string, cmdlet: string) =>
  fetch(`${sim.url}/outlook.office365.com/adminapi/beta/${tenant}/InvokeCommand`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet } }),
  }).then((r) => r.arrayBuffer());
const count = async (query: string) => (await api.get(`/requests/count?${query}`)).body.count as number;

async function traffic() {
  await oidc(a().id);
  await oidc(a().initialDomain);
  await oidc(b().defaultDomain);
  await invoke(a().id, "Get-Mailbox");
  await invoke(b().initialDomain, "Get-InboxRule");
  await fetch(`${sim.url}/api.partnercenter.microsoft.com/v1/customers`).then((r) => r.arrayBuffer());
  await fetch(`${sim.url}/graph.microsoft.com/v1.0/users`).then((r) => r.arrayBuffer());
}

describe("GET /_sim/requests", () => {
  it("records every Microsoft-host request with host, op, resolved tenant, status and duration", async () => {
    await traffic();
    const { status, body } = await api.get("/requests");
    expect(status).toBe(200);
    expect(body.entries).toHaveLength(7);
    expect(body.lastSeq).toBe(body.entries.at(-1).seq);
    expect(body.entries[0]).toEqual({
      seq: expect.any(Number), at: expect.any(String), host: "identity", op: "identity.openidConfiguration", method: "GET",
      path: `/login.microsoftonline.com/${a().id}/v2.0/.well-known/openid-configuration`, tenant: a().id, status: 200,
      durationMs: expect.any(Number), fault: null,
    });
    // Domains resolve to the tenant id; Exchange refines the op with the cmdlet.
    expect(body.entries.map((e: { tenant: string | null }) => e.tenant)).toEqual([a().id, a().id, b().id, a().id, b().id, null, null]);
    expect(body.entries[3]).toMatchObject({ host: "exchange", op: "exchange.invokeCommand.Get-Mailbox", method: "POST", status: 401 });
    expect(body.entries.map((e: { host: string }) => e.host)).toEqual(["identity", "identity", "identity", "exchange", "exchange", "partner-center", "graph"]);
  });

  it("filters by host, op (or op prefix), tenant (id or domain), since and limit", async () => {
    const mark = (await api.get("/requests")).body.lastSeq;
    await traffic();
    expect(await count("host=identity")).toBe(3);
    expect(await count("host=exchange")).toBe(2);
    expect(await count("host=graph")).toBe(1);
    expect(await count("op=identity.openidConfiguration")).toBe(3);
    expect(await count("op=exchange.invokeCommand")).toBe(2);
    expect(await count("op=exchange.invokeCommand.Get-InboxRule")).toBe(1);
    expect(await count(`tenant=${a().id}`)).toBe(3);
    expect(await count(`tenant=${a().defaultDomain}`)).toBe(3);
    expect(await count(`tenant=${b().initialDomain}&host=exchange`)).toBe(1);
    expect(await count(`since=${mark}`)).toBe(7);
    const last = (await api.get("/requests")).body.lastSeq;
    await oidc(b().id);
    const since = await api.get(`/requests?since=${last}`);
    expect(since.body.entries).toHaveLength(1);
    expect(since.body.entries[0].tenant).toBe(b().id);
    const limited = (await api.get("/requests?limit=2")).body.entries;
    expect(limited).toHaveLength(2);
    expect(limited[1].seq).toBeGreaterThan(limited[0].seq);
    expect(limited[1]).toMatchObject({ op: "identity.openidConfiguration", tenant: b().id });
  });

  it("leaves the control API's own calls out unless host=control", async () => {
    await api.get("/world");
    await api.get("/clock");
    expect(await count("")).toBe(0);
    const own = (await api.get("/requests?host=control")).body.entries.map((e: { op: string }) => e.op);
    expect(own).toEqual(expect.arrayContaining(["control.world", "control.clock"]));
  });

  it("marks requests a fault touched with the rule id", async () => {
    const rule = (await api.post("/faults", { host: "identity", errorRate: 1, count: 1 })).body;
    await oidc(a().id);
    await oidc(a().id);
    const entries = (await api.get("/requests?host=identity")).body.entries;
    expect(entries.map((e: { status: number; fault: string | null }) => [e.status, e.fault])).toEqual([[503, rule.id], [200, null]]);
  });

  it("400 for bad filters", async () => {
    for (const [q, field] of [["host=teams", "host"], ["limit=0", "limit"], ["since=-1", "since"], ["limit=abc", "limit"], ["color=red", "color"]]) {
      const r = await api.get(`/requests?${q}`);
      expect(r.status).toBe(400);
      expect(r.body.error.fields).toHaveProperty(field!);
      expect((await api.get(`/requests/count?${q}`)).status).toBe(400);
    }
  });
});

describe("DELETE /_sim/requests", () => {
  it("empties the log; sequence numbers keep growing", async () => {
    await traffic();
    const before = (await api.get("/requests")).body.lastSeq;
    expect((await api.del("/requests")).status).toBe(204);
    expect(await count("")).toBe(0);
    await oidc(a().id);
    const after = (await api.get("/requests")).body;
    expect(after.entries).toHaveLength(1);
    expect(after.entries[0].seq).toBeGreaterThan(before);
  });
});
