import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { ROLE } from "../../../simulator/world/catalog";
import { control } from "../../helpers/control";
import { customer, sam, tokenPost } from "../../helpers/identity";
import { startTestSimulator } from "../../helpers/sim";

/** GET /_sim/gdap/pending and POST /_sim/gdap/{id}/accept: the customer approves an invitation. */
let sim: Simulator;
let api: ReturnType<typeof control>;
const GRAPH = "https://graph.microsoft.com/.default";
const ALEX = "alex@contosomsp.com";

beforeAll(async () => {
  sim = await startTestSimulator({ seed: "control-gdap" });
  api = control(sim);
});
afterAll(() => sim.close());

async function graphToken(tenant: string): Promise<{ status: number; token?: string; code?: number }> {
  const rt = (await api.post("/refresh-token", { upn: ALEX })).body.refresh_token;
  const r = await tokenPost(sim, tenant, { grant_type: "refresh_token", client_id: sam(sim).clientId, client_secret: sam(sim).secret, refresh_token: rt, scope: GRAPH });
  return { status: r.status, token: r.json.access_token, code: r.json.error_codes?.[0] };
}

async function graphGet(path: string) {
  const { token } = await graphToken(sim.ctx.world.partner.id);
  const res = await fetch(`${sim.url}/graph.microsoft.com/v1.0${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as any };
}

describe("GET /_sim/gdap/pending", () => {
  it("lists the seeded invitation awaiting the customer's approval", async () => {
    const r = await api.get("/gdap/pending");
    expect(r.status).toBe(200);
    const pendingTenant = customer(sim, "gdap-pending");
    expect(r.body.relationships).toHaveLength(1);
    expect(r.body.relationships[0]).toMatchObject({
      customer: { tenantId: pendingTenant.id }, status: "approvalPending", activatedDateTime: null, endDateTime: null, duration: "P730D",
    });
  });
});

describe("POST /_sim/gdap/{relationshipId}/accept", () => {
  it("activates the relationship from the simulated now, activates pending assignments and unlocks the customer", async () => {
    const t = customer(sim, "gdap-pending");
    const rel = sim.ctx.world.gdapRelationships.find((r) => r.customer.tenantId === t.id)!;
    // The MSP queued an Exchange-admin assignment before the customer approved.
    rel.accessAssignments.push({
      id: "0e8e4c46-0000-4000-8000-00000000a551", status: "pending", etag: "W/\"x\"",
      accessContainer: { accessContainerId: sim.ctx.world.partnerGroups.gdapExchangeAdmins!, accessContainerType: "securityGroup" },
      accessDetails: { unifiedRoles: [{ roleDefinitionId: ROLE.exchangeAdministrator }] },
      createdDateTime: sim.ctx.clock.iso(), lastModifiedDateTime: sim.ctx.clock.iso(),
    });
    expect((await graphToken(t.id)).code).toBe(50020);
    const before = await graphGet(`/tenantRelationships/delegatedAdminRelationships/${rel.id}`);
    expect(before.body.status).toBe("approvalPending");

    await api.post("/clock/advance", { days: 3 });
    const r = await api.post(`/gdap/${rel.id}/accept`);
    expect(r.status).toBe(200);
    const now = Date.parse((await api.get("/clock")).body.now);
    expect(r.body.status).toBe("active");
    expect(Math.abs(Date.parse(r.body.activatedDateTime) - now)).toBeLessThan(5_000);
    expect(Date.parse(r.body.endDateTime) - Date.parse(r.body.activatedDateTime)).toBe(730 * 86_400_000);
    expect(r.body.accessAssignments).toEqual([expect.objectContaining({ status: "active", roles: ["Exchange Administrator"] })]);

    const token = await graphToken(t.id);
    expect(token.status).toBe(200);
    expect(decodeJwt(token.token!).wids).toContain(ROLE.exchangeAdministrator);

    const after = await graphGet(`/tenantRelationships/delegatedAdminRelationships/${rel.id}`);
    expect(after.body).toMatchObject({ status: "active", activatedDateTime: r.body.activatedDateTime, endDateTime: r.body.endDateTime });
    expect(after.body["@odata.etag"]).toBeDefined();
    expect(after.body["@odata.etag"]).not.toBe(before.body["@odata.etag"]);
    const ops = await graphGet(`/tenantRelationships/delegatedAdminRelationships/${rel.id}/operations`);
    expect(ops.body.value).toEqual([expect.objectContaining({ operationType: "delegatedAdminRelationshipUpdate", status: "succeeded" })]);
    expect((await api.get("/gdap/pending")).body.relationships).toEqual([]);
  });

  it("409 for a relationship that is not awaiting approval, 404 for an unknown one", async () => {
    const active = sim.ctx.world.gdapRelationships.find((r) => r.customer.tenantId === customer(sim, "healthy").id)!;
    const r = await api.post(`/gdap/${active.id}/accept`);
    expect(r).toMatchObject({ status: 409, body: { error: { code: "invalid_state", message: expect.stringContaining("active") } } });
    const missing = await api.post("/gdap/00000000-0000-4000-8000-000000000000-00000000-0000-4000-8000-000000000000/accept");
    expect(missing).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });
});
