import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestSimulator } from "../../helpers/sim";
import type { Simulator } from "../../../simulator/server";
import { ROLE } from "../../../simulator/world/catalog";
import type { Tenant } from "../../../simulator/world/types";
import { graph, persona, personaToken, tenantByHealth, userToken } from "./graph-helpers";

let sim: Simulator;
let admin: string;
const REL = "/tenantRelationships/delegatedAdminRelationships";

beforeAll(async () => {
  sim = await startTestSimulator();
  // long-lived: some tests move the simulated clock by weeks
  admin = await userToken(sim, persona(sim, "partner-admin"), sim.ctx.world.partner, sim.ctx.world.partner, 90 * 86_400);
});
afterAll(() => sim.close());

const as = (token: string, method: string, path: string, o: { body?: unknown; headers?: Record<string, string> } = {}) => graph(sim, token, method, path, o);
const relOf = (t: Tenant) => sim.ctx.world.gdapRelationships.find((r) => r.customer.tenantId === t.id)!;

async function createRelationship(name: string, extra: Record<string, unknown> = {}) {
  const t = tenantByHealth(sim, "healthy");
  return as(admin, "POST", REL, {
    body: { displayName: name, duration: "P730D", customer: { tenantId: t.id, displayName: t.displayName }, accessDetails: { unifiedRoles: [{ roleDefinitionId: ROLE.userAdministrator }, { roleDefinitionId: ROLE.exchangeAdministrator }] }, ...extra },
  });
}

describe("relationship lifecycle", () => {
  test("create → 201 with Location, status created and an etag; invalid input is refused", async () => {
    const r = await createRelationship("Lifecycle A");
    expect(r.status).toBe(201);
    expect(r.headers.get("location")).toBe(`${sim.url}/graph.microsoft.com/v1.0${REL}/${r.body.id}`);
    expect(r.body).toMatchObject({ status: "created", autoExtendDuration: "PT0S", activatedDateTime: "" });
    expect(r.body["@odata.etag"]).toMatch(/^W\/"/);
    const read = await as(admin, "GET", r.headers.get("location")!);
    expect(read.body.id).toBe(r.body.id);

    expect((await createRelationship("Lifecycle A")).status).toBe(400);
    expect((await createRelationship("Lifecycle B", { duration: "P3Y" })).status).toBe(400);
    expect((await createRelationship("x".repeat(51))).status).toBe(400);
    const ga = await createRelationship("Lifecycle GA", { autoExtendDuration: "P180D", accessDetails: { unifiedRoles: [{ roleDefinitionId: ROLE.globalAdministrator }] } });
    expect(ga.status).toBe(400);
    expect(ga.body.error.code).toBe("badRequest");
  });

  test("PATCH needs the current etag: missing → 400, stale → 412, current → 200 with a new etag", async () => {
    const created = await createRelationship("Lifecycle C");
    const url = `${REL}/${created.body.id}`;
    expect((await as(admin, "PATCH", url, { body: { displayName: "Lifecycle C2" } })).status).toBe(400);
    const stale = await as(admin, "PATCH", url, { body: { displayName: "Lifecycle C2" }, headers: { "If-Match": 'W/"JyJzdGFsZSIn"' } });
    expect(stale.status).toBe(412);
    const ok = await as(admin, "PATCH", url, { body: { displayName: "Lifecycle C2", duration: "P90D" }, headers: { "If-Match": created.body["@odata.etag"] } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ displayName: "Lifecycle C2", duration: "P90D", status: "created" });
    expect(ok.body["@odata.etag"]).not.toBe(created.body["@odata.etag"]);
    const replay = await as(admin, "PATCH", url, { body: { displayName: "Lifecycle C3" }, headers: { "If-Match": created.body["@odata.etag"] } });
    expect(replay.status).toBe(412);
  });

  test("lockForApproval moves created → approvalPending; after that the relationship can no longer be edited or deleted", async () => {
    const created = await createRelationship("Lifecycle D");
    const url = `${REL}/${created.body.id}`;
    const req = await as(admin, "POST", `${url}/requests`, { body: { action: "lockForApproval" } });
    expect(req.status).toBe(201);
    expect(req.headers.get("location")).toContain(`${url}/requests/${req.body.id}`);
    expect(req.body).toMatchObject({ action: "lockForApproval", status: "created" });
    const rel = await as(admin, "GET", url);
    expect(rel.body.status).toBe("approvalPending");
    const requests = await as(admin, "GET", `${url}/requests`);
    expect(requests.body.value[0].status).toBe("succeeded");
    const etag = rel.body["@odata.etag"];
    expect((await as(admin, "PATCH", url, { body: { displayName: "Too late" }, headers: { "If-Match": etag } })).status).toBe(400);
    expect((await as(admin, "DELETE", url, { headers: { "If-Match": etag } })).status).toBe(400);
    expect((await as(admin, "POST", `${url}/requests`, { body: { action: "lockForApproval" } })).status).toBe(400);
  });

  test("DELETE of a created relationship (with If-Match) removes it", async () => {
    const created = await createRelationship("Lifecycle E");
    const url = `${REL}/${created.body.id}`;
    expect((await as(admin, "DELETE", url)).status).toBe(400);
    expect((await as(admin, "DELETE", url, { headers: { "If-Match": created.body["@odata.etag"] } })).status).toBe(204);
    expect((await as(admin, "GET", url)).status).toBe(404);
    expect((await as(admin, "GET", `${REL}/not-a-relationship-id`)).body.error.message).toBe("The passed in delegatedAdminRelationshipId is invalid.");
  });

  test("terminate ends access at once and completes to terminated; the customer leaves delegatedAdminCustomers", async () => {
    const t = sim.ctx.world.customers.filter((c) => c.health === "healthy")[3]!;
    const tech = await personaToken(sim, "technician", t);
    expect((await graph(sim, tech, "GET", "/users?$top=1")).status).toBe(200);
    const url = `${REL}/${relOf(t).id}`;
    const req = await as(admin, "POST", `${url}/requests`, { body: { action: "terminate" } });
    expect(req.status).toBe(201);
    expect((await as(admin, "GET", url)).body.status).toBe("terminationRequested");
    expect((await graph(sim, tech, "GET", "/users?$top=1")).status).toBe(403);
    sim.ctx.clock.advance(2 * 60_000);
    expect((await as(admin, "GET", url)).body.status).toBe("terminated");
    const customers = await as(admin, "GET", "/tenantRelationships/delegatedAdminCustomers?$top=300");
    expect(customers.body.value.some((c: { id: string }) => c.id === t.id)).toBe(false);
  });

  test("status is derived on the clock: an expiring relationship without auto-extend expires", async () => {
    const t = tenantByHealth(sim, "expiring");
    const url = `${REL}/${relOf(t).id}`;
    expect((await as(admin, "GET", url)).body.status).toBe("expiring");
    const filtered = await as(admin, "GET", `${REL}?$filter=${encodeURIComponent("status eq 'expiring'")}&$select=id,status`);
    expect(filtered.body.value.map((r: { id: string }) => r.id)).toContain(relOf(t).id);
    sim.ctx.clock.advance(19 * 86_400_000);
    expect((await as(admin, "GET", url)).body.status).toBe("expired");
  });
});

describe("access assignments and operations", () => {
  test("create validates roles and group; the assignment is effective and recorded as an operation", async () => {
    const t = sim.ctx.world.customers.filter((c) => c.health === "healthy")[1]!;
    const rel = relOf(t);
    const url = `${REL}/${rel.id}/accessAssignments`;
    const group = sim.ctx.world.partnerGroups.tenantryReadOnly!;
    const container = { accessContainerId: group, accessContainerType: "securityGroup" };
    const outside = await as(admin, "POST", url, { body: { accessContainer: container, accessDetails: { unifiedRoles: [{ roleDefinitionId: ROLE.globalAdministrator }] } } });
    expect(outside.status).toBe(400);
    const noGroup = await as(admin, "POST", url, { body: { accessContainer: { ...container, accessContainerId: "00000000-0000-4000-8000-000000000000" }, accessDetails: { unifiedRoles: [{ roleDefinitionId: ROLE.globalReader }] } } });
    expect(noGroup.status).toBe(400);
    const ok = await as(admin, "POST", url, { body: { accessContainer: container, accessDetails: { unifiedRoles: [{ roleDefinitionId: ROLE.globalReader }] } } });
    expect(ok.status).toBe(201);
    expect(ok.body.status).toBe("pending");
    expect(ok.headers.get("location")).toContain(`/accessAssignments/${ok.body.id}`);
    expect((await as(admin, "POST", url, { body: { accessContainer: container, accessDetails: { unifiedRoles: [{ roleDefinitionId: ROLE.globalReader }] } } })).status).toBe(409);
    const listed = await as(admin, "GET", `${url}/${ok.body.id}`);
    expect(listed.body.status).toBe("active");
    const ops = await as(admin, "GET", `${REL}/${rel.id}/operations`);
    const last = ops.body.value.at(-1);
    expect(last.operationType).toBe("delegatedAdminAccessAssignmentUpdate");
    expect(JSON.parse(last.data).id).toBe(ok.body.id);

    const etag = listed.body["@odata.etag"];
    expect((await as(admin, "DELETE", `${url}/${ok.body.id}`, { headers: { "If-Match": 'W/"stale"' } })).status).toBe(412);
    expect((await as(admin, "DELETE", `${url}/${ok.body.id}`, { headers: { "If-Match": etag } })).status).toBe(204);
    expect((await as(admin, "GET", `${url}/${ok.body.id}`)).status).toBe(404);
  });

  test("narrowing an assignment takes a role away from technicians immediately", async () => {
    const t = sim.ctx.world.customers.filter((c) => c.health === "healthy")[2]!;
    const rel = relOf(t);
    const tech = await personaToken(sim, "technician", t);
    const victim = [...t.directory.users.values()].find((u) => u.userType === "Member" && !u.tags.length && !t.directory.directoryRoles.some((r) => r.members.has(u.id)))!;
    expect((await graph(sim, tech, "PATCH", `/users/${victim.id}`, { body: { jobTitle: "Before" } })).status).toBe(204);
    const userAdmins = rel.accessAssignments.find((a) => a.accessContainer.accessContainerId === sim.ctx.world.partnerGroups.gdapUserAdmins)!;
    const url = `${REL}/${rel.id}/accessAssignments/${userAdmins.id}`;
    const current = await as(admin, "GET", url);
    const narrowed = await as(admin, "PATCH", url, { body: { accessDetails: { unifiedRoles: [{ roleDefinitionId: ROLE.groupsAdministrator }] } }, headers: { "If-Match": current.body["@odata.etag"] } });
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.accessDetails.unifiedRoles).toEqual([{ roleDefinitionId: ROLE.groupsAdministrator }]);
    expect((await graph(sim, tech, "PATCH", `/users/${victim.id}`, { body: { jobTitle: "After" } })).status).toBe(403);
  });
});

describe("who may use tenantRelationships", () => {
  test("partner users read; only Global Administrators or Admin Agents write; customer-tenant tokens are refused", async () => {
    const tech = await personaToken(sim, "technician", sim.ctx.world.partner);
    expect((await as(tech, "GET", REL)).status).toBe(200);
    const denied = await as(tech, "POST", REL, { body: { displayName: "Nope", duration: "P30D", accessDetails: { unifiedRoles: [{ roleDefinitionId: ROLE.globalReader }] } } });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe("Authorization_RequestDenied");
    const abroad = await personaToken(sim, "partner-admin", tenantByHealth(sim, "healthy"));
    expect((await as(abroad, "GET", REL)).status).toBe(403);
  });

  test("$top is capped at 300 and pages carry a nextLink", async () => {
    expect((await as(admin, "GET", `${REL}?$top=301`)).status).toBe(400);
    const page = await as(admin, "GET", `${REL}?$top=2`);
    expect(page.body.value).toHaveLength(2);
    const next = await as(admin, "GET", page.body["@odata.nextLink"]);
    expect(next.body.value[0].id).not.toBe(page.body.value[0].id);
  });
});
