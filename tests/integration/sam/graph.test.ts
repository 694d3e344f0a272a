import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appPasswordCredentials, countGdapCustomers, graphCall, graphClient, listGdapCustomers } from "@/lib/microsoft/graph/operations";
import { startHarness, type Harness } from "./harness";

// The Graph provider module: SDK middleware against the simulator's Graph host.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.connect();
});
afterAll(() => h?.close());

const partner = () => graphClient(h.world.partnerTenantId, h.deps);

describe("Graph module", () => {
  it("lists every GDAP customer across pages (PageIterator follows @odata.nextLink on the configured host)", async () => {
    const all = await listGdapCustomers(partner());
    await h.ctl.del("/requests");
    const paged = await listGdapCustomers(partner(), { pageSize: 4 });
    const log = (await h.ctl.get<{ entries: { host: string; path: string }[] }>("/requests")).body.entries;
    expect(log.filter((e) => e.host === "graph" && e.path.endsWith("/delegatedAdminCustomers"))).toHaveLength(Math.ceil(all.length / 4));
    expect(paged).toEqual(all);
    expect(all.length).toBeGreaterThan(4);
    expect(all[0]).toEqual({ tenantId: expect.stringMatching(/^[0-9a-f-]{36}$/), displayName: expect.any(String) });
    expect(await countGdapCustomers(partner())).toBe(all.length);
  });

  it("retries a 429 after Retry-After (the SDK's RetryHandler)", async () => {
    await h.ctl.post("/faults", { host: "graph", throttleRate: 1, retryAfterSeconds: 1, count: 1 });
    const started = Date.now();
    expect(await countGdapCustomers(partner())).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("reads the app registration's secret metadata in the partner tenant", async () => {
    const creds = await appPasswordCredentials(partner(), h.world.samApp.clientId);
    expect(creds).toHaveLength(1);
    expect(creds![0]!.hint).toBe(h.world.samApp.clientSecret.slice(0, 3));
    expect(creds![0]!.endDateTime).toBeInstanceOf(Date);
    expect(await appPasswordCredentials(partner(), "00000000-0000-4000-8000-000000000009")).toBeNull();
  });

  it("turns Graph and token failures into AppErrors with our codes", async () => {
    await expect(graphCall(partner(), (sdk) => sdk.api("/users/no-such-user").get())).rejects.toMatchObject({ code: "MICROSOFT_NOT_FOUND", status: 502 });
    // the broker's own error (code and fix-it) survives the SDK's error handling
    const blocked = graphClient(h.tenant("ca-blocked").tenantId, h.deps);
    const err = await graphCall(blocked, (sdk) => sdk.api("/organization").get()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "CONDITIONAL_ACCESS_BLOCKED" });
    expect((err as { fixIt: string }).fixIt).toMatch(/Conditional Access/);
  });
});
