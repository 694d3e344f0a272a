import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, shapeMismatches } from "../../helpers/shape";
import { json, startTestSimulator } from "../../helpers/sim";
import type { Simulator } from "../../../simulator/server";
import { delegatedToken, persona } from "./support/delegated";

let sim: Simulator;
let admin: string;
const pc = (path: string, token: string | null, init: RequestInit = {}) =>
  fetch(`${sim.url}/api.partnercenter.microsoft.com${path}`, {
    ...init,
    headers: { accept: "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body ? { "content-type": "application/json" } : {}), ...(init.headers as Record<string, string>) },
  });
const consentBody = (appId: string) => ({
  displayName: "Tenantry SAM",
  applicationId: appId,
  applicationGrants: [
    { enterpriseApplicationId: "00000003-0000-0000-c000-000000000000", scope: "Directory.AccessAsUser.All,User.ReadWrite.All" },
    { enterpriseApplicationId: "00000002-0000-0ff1-ce00-000000000000", scope: "Exchange.Manage" },
  ],
});

beforeAll(async () => {
  sim = await startTestSimulator();
  admin = await delegatedToken(sim, { upn: persona(sim, "partner-admin"), resource: "partnerCenter" });
});
afterAll(() => sim.close());

describe("GET /v1/customers", () => {
  it("matches the documented collection shape and echoes the trace headers", async () => {
    const res = await pc("/v1/customers?size=40", admin, { headers: { "MS-CorrelationId": "b12260fb-82de-4701-a25f-dcd367690645", "MS-RequestId": "3705fc6d-4127-4a87-bdba-9658f73fe019" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("ms-correlationid")).toBe("b12260fb-82de-4701-a25f-dcd367690645");
    expect(res.headers.get("ms-requestid")).toBe("3705fc6d-4127-4a87-bdba-9658f73fe019");
    const body = await json(res);
    expect(shapeMismatches(fixture("partnercenter.customers.list.json"), body)).toEqual([]);
    const first = sim.ctx.world.customers[0]!;
    expect(body.items[0]).toMatchObject({ id: first.id, companyProfile: { tenantId: first.id, domain: first.defaultDomain, companyName: first.displayName } });
  });

  it("pages with links.next and the MS-ContinuationToken header until every customer was seen", async () => {
    const seen: string[] = [];
    let res = await pc("/v1/customers?size=4", admin);
    for (let guard = 0; guard < 20; guard++) {
      const body = await json(res);
      expect(body.totalCount).toBe(body.items.length);
      seen.push(...body.items.map((c: { id: string }) => c.id));
      if (!body.links.next) break;
      expect(body.links.next).toMatchObject({ uri: "/v1/customers?size=4&seekOperation=Next", method: "GET" });
      const [h] = body.links.next.headers;
      expect(h.key).toBe("MS-ContinuationToken");
      res = await pc(body.links.next.uri, admin, { headers: { [h.key]: h.value } });
      expect(res.status).toBe(200);
    }
    expect(seen).toEqual(sim.ctx.world.customers.map((c) => c.id));
    const bogus = await pc("/v1/customers?size=4&seekOperation=Next", admin, { headers: { "MS-ContinuationToken": "nope" } });
    expect(bogus.status).toBe(400);
    expect(await json(bogus)).toMatchObject({ code: "800002", source: "PartnerFD", data: [] });
  });

  it("gets one customer and answers 404 in the error shape for an unknown one", async () => {
    const t = sim.ctx.world.customers[3]!;
    expect(await json(await pc(`/v1/customers/${t.id}`, admin))).toMatchObject({ id: t.id, attributes: { objectType: "Customer" } });
    const missing = await pc("/v1/customers/00000000-0000-0000-0000-00000000abcd", admin);
    expect(missing.status).toBe(404);
    expect(Object.keys(await json(missing)).sort()).toEqual(["code", "data", "description", "source"]);
  });
});

describe("access", () => {
  it("rejects a missing token, a customer-tenant token and a token without MFA", async () => {
    const none = await pc("/v1/customers", null);
    expect(none.status).toBe(401);
    expect(await json(none)).toMatchObject({ code: "800001" });
    expect(none.headers.get("www-authenticate")).toMatch(/^OAuth realm=urn:cpsvc:cpid:/);
    const customer = sim.ctx.world.customers[0]!;
    const foreign = await delegatedToken(sim, { upn: `admin@${customer.defaultDomain}`, resource: "partnerCenter" });
    expect((await pc("/v1/customers", foreign)).status).toBe(401);
    const noMfa = await delegatedToken(sim, { upn: persona(sim, "partner-admin"), resource: "partnerCenter", amr: ["pwd"] });
    const res = await pc("/v1/customers", noMfa);
    expect(res.status).toBe(401);
    expect(await json(res)).toMatchObject({ code: "900421" });
    const graphToken = await delegatedToken(sim, { upn: persona(sim, "partner-admin"), resource: "graph" });
    expect((await pc("/v1/customers", graphToken)).status).toBe(401);
  });

  it("lets a technician read but only admin agents write consents", async () => {
    const tech = await delegatedToken(sim, { upn: persona(sim, "technician"), resource: "partnerCenter" });
    expect((await pc("/v1/customers", tech)).status).toBe(200);
    const t = sim.ctx.world.customers.find((c) => c.health === "no-consent")!;
    const res = await pc(`/v1/customers/${t.id}/applicationconsents`, tech, { method: "POST", body: JSON.stringify(consentBody(sim.ctx.world.samApp.appId)) });
    expect(res.status).toBe(403);
    expect(await json(res)).toMatchObject({ code: "2032", source: "PartnerFD" });
    expect(t.consents.size).toBe(0);
  });
});

describe("application consents", () => {
  it("creates, conflicts on a duplicate, lists and deletes, changing the tenant's consents", async () => {
    const t = sim.ctx.world.customers.find((c) => c.health === "no-consent")!;
    const appId = sim.ctx.world.samApp.appId;
    const path = `/v1/customers/${t.id}/applicationconsents`;
    const created = await pc(path, admin, { method: "POST", body: JSON.stringify(consentBody(appId)) });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ applicationId: appId, displayName: "Tenantry SAM" });
    expect(t.consents.get(appId)?.applicationGrants.map((g) => g.scope)).toEqual(["Directory.AccessAsUser.All,User.ReadWrite.All", "Exchange.Manage"]);

    const dup = await pc(path, admin, { method: "POST", body: JSON.stringify(consentBody(appId)) });
    expect(dup.status).toBe(409);
    expect(await json(dup)).toMatchObject({ description: "Permission entry already exists.", source: "PartnerFD" });

    const list = await json(await pc(path, admin));
    expect(list.items.map((c: { applicationId: string }) => c.applicationId)).toEqual([appId]);

    expect((await pc(`${path}/${appId}`, admin, { method: "DELETE" })).status).toBe(200);
    expect(t.consents.has(appId)).toBe(false);
    expect((await pc(`${path}/${appId}`, admin, { method: "DELETE" })).status).toBe(404);

    const pascal = { ApplicationId: appId, ApplicationGrants: [{ EnterpriseApplicationId: "00000003-0000-0000-c000-000000000000", Scope: "User.Read.All" }] };
    expect((await pc(path, admin, { method: "POST", body: JSON.stringify(pascal) })).status).toBe(201);
    expect(t.consents.get(appId)).toMatchObject({ displayName: "Tenantry SAM", applicationGrants: [{ scope: "User.Read.All" }] });
    expect(sim.ctx.log.query({ op: "partner-center.applicationConsents" }).map((e) => e.op)).toContain("partner-center.applicationConsents.delete");
  });

  it("rejects malformed bodies and unknown applications with 400", async () => {
    const t = sim.ctx.world.customers[5]!;
    const post = (body: unknown) => pc(`/v1/customers/${t.id}/applicationconsents`, admin, { method: "POST", body: JSON.stringify(body) });
    for (const bad of [{}, { applicationId: "x", applicationGrants: [] }, { ...consentBody("3f1c8a0e-0000-4000-8000-000000000000") }]) {
      const res = await post(bad);
      expect(res.status).toBe(400);
      expect(await json(res)).toMatchObject({ code: "800002" });
    }
  });
});

describe("throttling", () => {
  it("answers 429 with the documented body and Retry-After", async () => {
    sim.ctx.faults.add({ host: "partner-center", throttleRate: 1, retryAfterSeconds: 57, count: 1 });
    const res = await pc("/v1/customers", admin);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("57");
    const body = await json(res);
    expect(shapeMismatches(fixture("partnercenter.throttling.429.json"), body)).toEqual([]);
    expect(body).toEqual({ statusCode: 429, message: "Rate limit is exceeded. Try again in 57 seconds." });
    expect((await pc("/v1/customers", admin)).status).toBe(200);
  });
});
