import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../../helpers/shape";
import { startTestSimulator } from "../../helpers/sim";
import { customer, sam, tokenPost } from "../../helpers/identity";
import type { Simulator } from "../../../simulator/server";
import { delegatedToken, persona } from "./support/delegated";

// The onboarding loop end to end inside the simulated cloud: a customer without consent refuses
// the partner's refresh token; a Partner Center application consent, sent in the documented
// request shape, is what the identity endpoint then honours.
let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

async function redeem(tenantId: string, scope: string, refreshToken: string) {
  const app = sam(sim);
  return tokenPost(sim, tenantId, { grant_type: "refresh_token", client_id: app.clientId, client_secret: app.secret, refresh_token: refreshToken, scope });
}

describe("Partner Center consent unlocks customer tokens", () => {
  it("turns AADSTS90099 (no consent) into a Graph and an Exchange token", async () => {
    const tenant = customer(sim, "no-consent");
    const rt = (await (await fetch(`${sim.url}/_sim/refresh-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ upn: persona(sim, "partner-admin") }) })).json()).refresh_token as string;
    const before = await redeem(tenant.id, "https://graph.microsoft.com/.default", rt);
    expect(before.status).toBe(400);
    expect(before.json.error_codes).toEqual([90099]);

    // The documented request shape, with our app and the two resources MSP tools grant.
    const body = fixture("partnercenter.applicationconsents.request.shape.json") as { applicationId: string; applicationGrants: { enterpriseApplicationId: string; scope: string }[] };
    body.applicationId = sam(sim).clientId;
    body.applicationGrants = [
      { enterpriseApplicationId: "00000003-0000-0000-c000-000000000000", scope: "Directory.AccessAsUser.All,User.ReadWrite.All" },
      { enterpriseApplicationId: "00000002-0000-0ff1-ce00-000000000000", scope: "Exchange.Manage" },
    ];
    const pcToken = await delegatedToken(sim, { upn: persona(sim, "partner-admin"), resource: "partnerCenter" });
    const created = await fetch(`${sim.url}/api.partnercenter.microsoft.com/v1/customers/${tenant.id}/applicationconsents`, {
      method: "POST", headers: { authorization: `Bearer ${pcToken}`, "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body),
    });
    expect(created.status).toBe(201);

    const graph = await redeem(tenant.id, "https://graph.microsoft.com/.default", rt);
    expect(graph.status).toBe(200);
    expect(graph.json.access_token).toBeTruthy();
    const exchange = await redeem(tenant.id, "https://outlook.office365.com/.default", rt);
    expect(exchange.status).toBe(200);
  });

  it("turns AADSTS65001 (no Exchange grant) into an Exchange token once Exchange.Manage is granted", async () => {
    const tenant = customer(sim, "exchange-consent-missing");
    const rt = (await (await fetch(`${sim.url}/_sim/refresh-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ upn: persona(sim, "partner-admin") }) })).json()).refresh_token as string;
    expect((await redeem(tenant.id, "https://graph.microsoft.com/.default", rt)).status).toBe(200);
    const before = await redeem(tenant.id, "https://outlook.office365.com/.default", rt);
    expect(before.json.error_codes).toEqual([65001]);
    const pcToken = await delegatedToken(sim, { upn: persona(sim, "partner-admin"), resource: "partnerCenter" });
    const pc = (method: string, path: string, body?: unknown) =>
      fetch(`${sim.url}/api.partnercenter.microsoft.com/v1/customers/${tenant.id}/applicationconsents${path}`, {
        method, headers: { authorization: `Bearer ${pcToken}`, accept: "application/json", ...(body ? { "content-type": "application/json" } : {}) }, body: body ? JSON.stringify(body) : undefined,
      });
    // Re-consenting with more grants: the existing consent must be removed first (a duplicate is a 409).
    expect((await pc("DELETE", `/${sam(sim).clientId}`)).status).toBeLessThan(300);
    const grants = [
      { enterpriseApplicationId: "00000003-0000-0000-c000-000000000000", scope: "Directory.AccessAsUser.All" },
      { enterpriseApplicationId: "00000002-0000-0ff1-ce00-000000000000", scope: "Exchange.Manage" },
    ];
    expect((await pc("POST", "", { applicationId: sam(sim).clientId, displayName: "Tenantry SAM", applicationGrants: grants })).status).toBe(201);
    expect((await redeem(tenant.id, "https://outlook.office365.com/.default", rt)).status).toBe(200);
  });
});
