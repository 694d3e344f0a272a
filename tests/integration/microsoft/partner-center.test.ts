import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { getMailboxes } from "@/lib/microsoft/exchange/operations";
import { RESOURCE_APP_ID, type ApplicationConsent } from "@/lib/microsoft/partner-center/types";
import { control } from "../../helpers/control";
import { startTestSimulator } from "../../helpers/sim";
import { tokenFor, tokenResponse } from "../../helpers/tokens";
import { delegatedToken } from "../simulator/support/delegated";
import { exchangeClient, failure, partnerCenterClient, tenantDetail, world, type WorldTenant } from "./support";

let sim: Simulator;
let partnerTenantId: string;
let tenants: WorldTenant[];
let sam: ApplicationConsent;

beforeAll(async () => {
  sim = await startTestSimulator({ tenants: 13 });
  const w = await world(sim);
  partnerTenantId = w.partnerTenantId;
  tenants = w.tenants;
  sam = {
    applicationId: w.samApp.clientId,
    displayName: w.samApp.displayName,
    grants: [
      { resourceAppId: RESOURCE_APP_ID.graph, scopes: ["Directory.AccessAsUser.All", "User.ReadWrite.All", "Group.ReadWrite.All"] },
      { resourceAppId: RESOURCE_APP_ID.exchange, scopes: ["Exchange.Manage"] },
    ],
  };
});
afterEach(async () => void (await control(sim).del("/faults")));
afterAll(() => sim.close());

const byHealth = (health: string) => tenants.find((t) => t.health === health)!;
const pcOps = async (since: number, op: string) =>
  (await control(sim).get(`/requests?host=partner-center&op=${op}&since=${since}`)).body.entries as { status: number }[];

describe("customers", () => {
  it("lists every customer across continuation pages, with the default (not initial) domain", async () => {
    const since = (await control(sim).get("/requests/count")).body.lastSeq;
    const customers = await partnerCenterClient(sim, partnerTenantId).listCustomers({ pageSize: 4 });
    expect(customers.map((c) => c.tenantId)).toEqual(tenants.map((t) => t.tenantId));
    expect(customers.map((c) => c.defaultDomain)).toEqual(tenants.map((t) => t.defaultDomain));
    expect(customers[0]).toMatchObject({ companyName: tenants[0]!.displayName, relationshipToPartner: "reseller" });
    expect((await pcOps(since, "partner-center.customers.list")).map((e) => e.status)).toEqual([200, 200, 200, 200]);
  });

  it("gets one customer; an unknown one is MICROSOFT_NOT_FOUND", async () => {
    const pc = partnerCenterClient(sim, partnerTenantId);
    expect((await pc.getCustomer(tenants[2]!.tenantId)).companyName).toBe(tenants[2]!.displayName);
    const e = await failure(pc.getCustomer("00000000-0000-0000-0000-0000000000ff"));
    expect(e.code).toBe("MICROSOFT_NOT_FOUND");
    expect(e.upstream).toMatchObject({ status: 404, code: "1000" });
  });

  it("pages on after a throttled page", async () => {
    await control(sim).post("/faults", { host: "partner-center", throttleRate: 1, count: 1, retryAfterSeconds: 0 });
    expect(await partnerCenterClient(sim, partnerTenantId).listCustomers({ pageSize: 5 })).toHaveLength(tenants.length);
  });
});

describe("application consents", () => {
  it("lists a healthy tenant's consent for the SAM app with Graph and Exchange grants", async () => {
    const [consent] = await partnerCenterClient(sim, partnerTenantId).listApplicationConsents(byHealth("healthy").tenantId);
    expect(consent!.applicationId).toBe(sam.applicationId.toLowerCase());
    expect(consent!.grants.map((g) => g.resourceAppId).sort()).toEqual([RESOURCE_APP_ID.exchange, RESOURCE_APP_ID.graph].sort());
  });

  it("refreshes a Graph-only consent by delete + create, which unlocks Exchange tokens", async () => {
    const t = byHealth("exchange-consent-missing");
    const pc = partnerCenterClient(sim, partnerTenantId);
    const before = await tokenResponse(sim, t.tenantId, "exchange");
    expect(before.status).toBe(400);
    expect(before.json.error_codes).toContain(65001);

    // A plain create leaves the old grants alone: Partner Center answers 409 "Permission entry already exists."
    const create = await pc.createApplicationConsent(t.tenantId, sam);
    expect(create.alreadyExists).toBe(true);
    expect(create.requestIds).toHaveLength(1);
    expect((await pc.listApplicationConsents(t.tenantId))[0]!.grants.map((g) => g.resourceAppId)).toEqual([RESOURCE_APP_ID.graph]);

    const granted = await pc.grantSamConsent(t.tenantId, sam);
    expect(granted.recreated).toBe(true);
    expect(granted.requestIds).toHaveLength(3);
    expect(granted.consent.grants).toContainEqual({ resourceAppId: RESOURCE_APP_ID.exchange, scopes: ["Exchange.Manage"] });
    expect((await tenantDetail(sim, t.tenantId)).consents[0].applicationGrants).toHaveLength(2);

    expect((await tokenResponse(sim, t.tenantId, "exchange")).status).toBe(200);
    expect((await getMailboxes(exchangeClient(sim, t))).length).toBeGreaterThan(0);
  });

  it("creates where there is none (recreated: false); delete is notFound once gone", async () => {
    const t = byHealth("no-consent");
    const pc = partnerCenterClient(sim, partnerTenantId);
    expect((await tokenResponse(sim, t.tenantId, "graph")).json.error_codes).toContain(90099);
    expect(await pc.deleteApplicationConsent(t.tenantId, sam.applicationId)).toMatchObject({ notFound: true });

    const granted = await pc.grantSamConsent(t.tenantId, sam);
    expect(granted).toMatchObject({ recreated: false });
    expect(await tokenFor(sim, t.tenantId, "graph")).toBeTruthy();

    const removed = await pc.deleteApplicationConsent(t.tenantId, sam.applicationId);
    expect(removed.notFound).toBe(false);
    expect(removed.requestIds).toHaveLength(1);
    expect(await pc.listApplicationConsents(t.tenantId)).toEqual([]);
    expect((await pc.deleteApplicationConsent(t.tenantId, sam.applicationId)).notFound).toBe(true);
    expect((await pc.createApplicationConsent(t.tenantId, sam)).alreadyExists).toBe(false);
  });

  it("rejects bad input as MICROSOFT_BAD_REQUEST", async () => {
    const e = await failure(partnerCenterClient(sim, partnerTenantId).createApplicationConsent(byHealth("healthy").tenantId, { ...sam, grants: [] }));
    expect(e.code).toBe("MICROSOFT_BAD_REQUEST");
    expect(e.upstream).toMatchObject({ status: 400, code: "800002" });
  });
});

describe("partner token problems", () => {
  it("a token without MFA → 401 900421 → MFA_REQUIRED with a reconnect-with-MFA fix-it", async () => {
    const noMfa = await delegatedToken(sim, { upn: "alex@contosomsp.com", resource: "partnerCenter", amr: ["pwd"] });
    const e = await failure(partnerCenterClient(sim, partnerTenantId, { getToken: async () => noMfa }).listCustomers());
    expect(e.code).toBe("MFA_REQUIRED");
    expect(e.fixIt).toMatch(/MFA/);
    expect(e.upstream).toMatchObject({ status: 401, code: "900421" });
    expect(e.upstream?.requestId).toBeTruthy();
  });

  it("a partner user who is not an admin agent may read but not consent → MICROSOFT_FORBIDDEN", async () => {
    const pc = partnerCenterClient(sim, partnerTenantId, { getToken: () => tokenFor(sim, partnerTenantId, "partnerCenter", "megan@contosomsp.com") });
    expect((await pc.listCustomers()).length).toBe(tenants.length);
    const e = await failure(pc.grantSamConsent(byHealth("healthy").tenantId, sam));
    expect(e.code).toBe("MICROSOFT_FORBIDDEN");
    expect(e.fixIt).toMatch(/AdminAgents/);
  });
});
