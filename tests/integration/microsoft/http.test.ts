import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { createMicrosoftHttp, type MicrosoftHttpConfig } from "@/lib/microsoft/http";
import { control } from "../../helpers/control";
import { startTestSimulator } from "../../helpers/sim";
import { tokenFor } from "../../helpers/tokens";
import { exchangeCalls as calls, failure, lastSeq as seq } from "./support";

let sim: Simulator;
let tenant: { tenantId: string; initialDomain: string };
let partnerTenantId: string;

beforeAll(async () => {
  sim = await startTestSimulator({ tenants: 3 });
  const world = (await control(sim).get("/world")).body;
  tenant = world.tenants.find((t: { health: string }) => t.health === "healthy");
  partnerTenantId = world.partnerTenantId;
});
afterEach(async () => void (await control(sim).del("/faults")));
afterAll(() => sim.close());

const fault = async (rule: Record<string, unknown>) => expect((await control(sim).post("/faults", rule)).status).toBe(201);
const lastSeq = () => seq(sim);
const exchangeCalls = (since: number) => calls(sim, since);

/** A recording sleep: the delays the client asked for, without waiting them out. */
function recorder() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

function exchangeHttp(o: Partial<MicrosoftHttpConfig> = {}) {
  const http = createMicrosoftHttp({
    baseUrl: `${sim.url}/outlook.office365.com`, service: "Exchange Online", linkHosts: ["outlook.office365.com"],
    getToken: () => tokenFor(sim, tenant.tenantId, "exchange"), ...o,
  });
  const getMailbox = (path = `/adminapi/beta/${tenant.initialDomain}/InvokeCommand`) =>
    http.request<{ value: unknown[] }>({ method: "POST", path, query: { $select: "Alias" }, body: { CmdletInput: { CmdletName: "Get-Mailbox", Parameters: { ResultSize: 1 } } } });
  return { http, getMailbox };
}

describe("throttling", () => {
  it("retries a 429 after the Retry-After Microsoft sent, keeping both request ids", async () => {
    await fault({ host: "exchange", throttleRate: 1, count: 1, retryAfterSeconds: 1 });
    const started = Date.now();
    const r = await exchangeHttp().getMailbox();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(r.status).toBe(200);
    expect(r.attempts).toBe(2);
    expect(r.requestIds).toHaveLength(2);
    expect(new Set(r.requestIds).size).toBe(2);
    expect(r.requestId).toBe(r.requestIds[1]);
    expect(r.data.value).toHaveLength(1);
  });

  it("gives up after maxAttempts with MICROSOFT_THROTTLED and Microsoft's request id", async () => {
    await fault({ host: "exchange", throttleRate: 1, count: 10, retryAfterSeconds: 7 });
    const since = await lastSeq();
    const { waits, sleep } = recorder();
    const e = await failure(exchangeHttp({ sleep, retry: { maxAttempts: 3 } }).getMailbox());
    expect(e.code).toBe("MICROSOFT_THROTTLED");
    expect(e.status).toBe(503);
    expect(e.fixIt).toBeTruthy();
    expect(e.upstream).toMatchObject({ status: 429, code: "TooManyRequests" });
    expect(e.upstream?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(waits).toEqual([7_000, 7_000]);
    expect((await exchangeCalls(since)).map((c) => c.status)).toEqual([429, 429, 429]);
  });

  it("caps a long Retry-After at the policy's longest wait", async () => {
    await fault({ host: "exchange", throttleRate: 1, count: 1, retryAfterSeconds: 120 });
    const { waits, sleep } = recorder();
    expect((await exchangeHttp({ sleep, retry: { maxDelayMs: 5_000 } }).getMailbox()).status).toBe(200);
    expect(waits).toEqual([5_000]);
  });
});

describe("server errors", () => {
  it("retries 503 and 504, honouring Exchange's Retry-After", async () => {
    for (const errorStatus of [503, 504]) {
      await fault({ host: "exchange", errorRate: 1, errorStatus, count: 1 });
      const { waits, sleep } = recorder();
      const r = await exchangeHttp({ sleep }).getMailbox();
      expect([r.status, r.attempts]).toEqual([200, 2]);
      expect(waits).toEqual([2_000]);
    }
  });

  it("does not retry a 500: it is reported at once as MICROSOFT_UNAVAILABLE", async () => {
    await fault({ host: "exchange", errorRate: 1, errorStatus: 500, count: 2 });
    const since = await lastSeq();
    const { waits, sleep } = recorder();
    const e = await failure(exchangeHttp({ sleep }).getMailbox());
    expect(e.code).toBe("MICROSOFT_UNAVAILABLE");
    expect(e.upstream?.status).toBe(500);
    expect(waits).toEqual([]);
    expect(await exchangeCalls(since)).toHaveLength(1);
  });

  it("backs off exponentially with jitter when no Retry-After comes (Partner Center's 503)", async () => {
    await fault({ host: "partner-center", errorRate: 1, errorStatus: 503, count: 2 });
    const { waits, sleep } = recorder();
    const pc = createMicrosoftHttp({
      baseUrl: `${sim.url}/api.partnercenter.microsoft.com`, service: "Partner Center", sleep,
      getToken: () => tokenFor(sim, partnerTenantId, "partnerCenter"),
    });
    const r = await pc.request({ path: "/v1/customers", query: { size: 1 } });
    expect([r.status, r.attempts]).toEqual([200, 3]);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(500);
    expect(waits[0]).toBeLessThanOrEqual(1_000);
    expect(waits[1]).toBeGreaterThanOrEqual(1_000);
    expect(waits[1]).toBeLessThanOrEqual(2_000);
  });
});

describe("transport", () => {
  it("captures Microsoft's request id: Request-Id from Exchange, MS-RequestId from Partner Center", async () => {
    const exo = await exchangeHttp().getMailbox();
    expect(exo.requestId).toBe(exo.headers.get("request-id"));
    const pc = createMicrosoftHttp({
      baseUrl: `${sim.url}/api.partnercenter.microsoft.com`, service: "Partner Center", getToken: () => tokenFor(sim, partnerTenantId, "partnerCenter"),
    });
    const r = await pc.request({ path: "/v1/customers?size=1", headers: { "MS-RequestId": "7a4c1f36-0000-4000-8000-000000000001" } });
    expect(r.requestId).toBe("7a4c1f36-0000-4000-8000-000000000001");
  });

  it("asks for a token on every attempt, so a renewed token is used after a long wait", async () => {
    await fault({ host: "exchange", throttleRate: 1, count: 2, retryAfterSeconds: 0 });
    let calls = 0;
    const { getMailbox } = exchangeHttp({ getToken: async () => (calls++, tokenFor(sim, tenant.tenantId, "exchange")) });
    expect((await getMailbox()).attempts).toBe(3);
    expect(calls).toBe(3);
  });

  it("times out a hung request and does not retry it (a write may have landed)", async () => {
    await fault({ host: "exchange", hang: true, count: 1 });
    const since = await lastSeq();
    const e = await failure(exchangeHttp({ timeoutMs: 300 }).getMailbox());
    expect(e.code).toBe("MICROSOFT_UNAVAILABLE");
    expect(e.message).toMatch(/did not answer within/);
    await new Promise((r) => setTimeout(r, 50));
    expect((await exchangeCalls(since)).length).toBeLessThanOrEqual(1);
  });

  it("retries a refused connection, then reports MICROSOFT_UNAVAILABLE", async () => {
    const { waits, sleep } = recorder();
    const e = await failure(exchangeHttp({ baseUrl: "http://127.0.0.1:9", sleep, retry: { maxAttempts: 2 } }).getMailbox());
    expect(e.code).toBe("MICROSOFT_UNAVAILABLE");
    expect(e.message).toMatch(/could not be reached/);
    expect(waits).toHaveLength(1);
  });

  it("maps links on the real host onto the configured base, and refuses links to other hosts", async () => {
    const { getMailbox } = exchangeHttp();
    expect((await getMailbox(`https://outlook.office365.com/adminapi/beta/${tenant.initialDomain}/InvokeCommand`)).status).toBe(200);
    let asked = 0;
    const e = await failure(exchangeHttp({ getToken: async () => (asked++, "t") }).getMailbox("https://evil.example.com/adminapi/beta/x/InvokeCommand"));
    expect(e.code).toBe("MICROSOFT_ERROR");
    expect(asked).toBe(0);
  });

  it("turns a JSON error body into our code with its fix-it", async () => {
    const e = await failure(exchangeHttp({ getToken: async () => "not-a-token" }).getMailbox());
    expect(e.upstream?.status).toBe(401);
    expect(e.code).toBe("MICROSOFT_ERROR");
    expect(e.fixIt).toMatch(/reconnect/i);
  });
});
