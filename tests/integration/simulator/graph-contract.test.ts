import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestSimulator } from "../../helpers/sim";
import { fixture, shapeMismatches } from "../../helpers/shape";
import type { Simulator } from "../../../simulator/server";
import type { Tenant, User } from "../../../simulator/world/types";
import { eventual, graph, personaToken, tenantByHealth } from "./graph-helpers";

/**
 * Every Graph fixture in shared/reference/microsoft/fixtures, compared field-for-field (name and
 * JSON type) with the simulator's answer to the same request. Values are the seeded world's.
 */
let sim: Simulator;
let tenant: Tenant;
let tech: string;
let partnerAdmin: string;

const member = (t: Tenant, i = 0): User =>
  [...t.directory.users.values()].filter((u) => u.userType === "Member" && !u.tags.length && u.usageLocation)[i]!;

beforeAll(async () => {
  sim = await startTestSimulator();
  tenant = tenantByHealth(sim, "healthy");
  tech = await personaToken(sim, "technician", tenant);
  partnerAdmin = await personaToken(sim, "partner-admin", sim.ctx.world.partner);
});
afterAll(() => sim.close());

async function expectShape(name: string, path: string, o: { token?: string; method?: string; body?: unknown; headers?: Record<string, string>; status?: number } = {}) {
  const r = await graph(sim, o.token ?? tech, o.method ?? "GET", path, o);
  expect(r.status, JSON.stringify(r.body)).toBe(o.status ?? 200);
  expect(shapeMismatches(fixture(name), r.body)).toEqual([]);
  return r;
}

describe("directory fixtures", () => {
  test("users.list", () => expectShape("users.list.json", "/users"));

  // The documented sample omits id and businessPhones and shows mailNickname, which is not a default
  // property: the docs evidently ran it with a $select. We add that $select to the documented request.
  test("users.list.filter-orderby-count-top", () =>
    expectShape("users.list.filter-orderby-count-top.json",
      "/users?$filter=startswith(displayName,'a')&$orderby=displayName&$count=true&$top=1&$select=displayName,mail,mailNickname,userPrincipalName",
      { headers: eventual }));

  test("users.list.select-filter (identities/any lambda)", () => {
    const u = member(tenant);
    return expectShape("users.list.select-filter.json",
      `/users?$select=displayName,id&$filter=identities/any(c:c/issuerAssignedId eq '${u.userPrincipalName}' and c/issuer eq '${tenant.initialDomain}')`);
  });

  test("users.get", () => expectShape("users.get.json", `/users/${member(tenant).id}`));
  test("users.get.select", () => expectShape("users.get.select.json", `/users/${member(tenant).id}?$select=displayName,givenName,postalCode,identities`));

  test("users.create (request fixture accepted, response matches)", async () => {
    const upn = `AdeleV@${tenant.initialDomain}`;
    const request = { ...(fixture("users.create.request.json") as Record<string, unknown>), userPrincipalName: upn };
    // The documented response shows profile values the documented request never sent; send them too.
    const profile = { givenName: "Adele", surname: "Vance", jobTitle: "Product Marketing Manager", mail: upn, mobilePhone: "+1 425 555 0109", officeLocation: "18/2111", preferredLanguage: "en-US" };
    await expectShape("users.create.json", "/users", { method: "POST", body: { ...request, ...profile }, status: 201 });
  });

  test("users.revokeSignInSessions", () => expectShape("users.revokeSignInSessions.json", `/users/${member(tenant, 1).id}/revokeSignInSessions`, { method: "POST" }));

  test("users.assignLicense (request fixture shape accepted, response matches)", async () => {
    const u = member(tenant, 2);
    const primary = tenant.directory.subscribedSkus[0]!;
    const flow = tenant.directory.subscribedSkus.find((s) => s.skuPartNumber === "FLOW_FREE")!;
    u.assignedLicenses = [{ skuId: primary.skuId, disabledPlans: [] }, { skuId: flow.skuId, disabledPlans: [] }];
    const request = fixture("users.assignLicense.request.json") as { addLicenses: { disabledPlans: string[]; skuId: string }[]; removeLicenses: string[] };
    const body = {
      addLicenses: [{ ...request.addLicenses[0]!, skuId: primary.skuId, disabledPlans: [primary.servicePlans[0]!.servicePlanId] }],
      removeLicenses: [flow.skuId],
    };
    expect(shapeMismatches(request, body)).toEqual([]);
    await expectShape("users.assignLicense.json", `/users/${u.id}/assignLicense`, { method: "POST", body });
  });

  test("users.authentication.methods.list (each polymorphic item against its own type)", async () => {
    const u = [...tenant.directory.users.values()].find((x) => x.authenticationMethods.some((m) => m["@odata.type"].includes("fido2")))
      ?? member(tenant, 3);
    if (!u.authenticationMethods.some((m) => m["@odata.type"].includes("fido2"))) {
      u.authenticationMethods.push({ id: "f1d0f1d0-0000-4000-8000-000000000001", "@odata.type": "#microsoft.graph.fido2AuthenticationMethod", props: { displayName: "YubiKey", model: "YubiKey 5 NFC", aaGuid: "cb69481e-8ff7-4039-93ec-0a2729a154a8", attestationLevel: "attested" } });
    }
    // Windows Hello enrolment on a device: the world does not seed it, a device would.
    u.authenticationMethods.push({ id: "b5e01f81-1f81-b5e0-811f-e0b5811fe0b5", "@odata.type": "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod", props: { displayName: "LAPTOP-01", createdDateTime: "2024-11-27T23:12:49Z", keyStrength: "normal" } });
    const r = await graph(sim, tech, "GET", `/users/${u.id}/authentication/methods`);
    expect(r.status).toBe(200);
    for (const item of (fixture("users.authentication.methods.list.json") as { value: Record<string, unknown>[] }).value) {
      const ours = r.body.value.find((m: Record<string, unknown>) => m["@odata.type"] === item["@odata.type"]);
      expect(shapeMismatches({ value: [item] }, { value: [ours] })).toEqual([]);
    }
  });

  test("domains.list", () => expectShape("domains.list.json", "/domains"));
  test("organization.list (a partner's organization, as in the sample)", () => expectShape("organization.list.json", "/organization", { token: partnerAdmin }));
  test("subscribedSkus.list", () => expectShape("subscribedSkus.list.json", "/subscribedSkus"));
  test("directoryRoles.list", () => expectShape("directoryRoles.list.json", "/directoryRoles"));

  test("groups.members.add request fixture", async () => {
    const g = [...tenant.directory.groups.values()][0]!;
    const u = [...tenant.directory.users.values()].find((x) => !g.members.has(x.id))!;
    const request = fixture("groups.members.add.request.json") as Record<string, string>;
    const body = { "@odata.id": request["@odata.id"]!.replace("{id}", u.id) };
    const r = await graph(sim, tech, "POST", `/groups/${g.id}/members/$ref`, { body });
    expect(r.status).toBe(204);
    expect(g.members.has(u.id)).toBe(true);
  });

  test("contracts.list", () => expectShape("contracts.list.json", "/contracts", { token: partnerAdmin }));
  test("graph.error.example", () => expectShape("graph.error.example.json", "/users/00000000-0000-4000-8000-000000000000", { status: 404 }));

  test("graph.throttling.429", async () => {
    sim.ctx.faults.add({ host: "graph", throttleRate: 1, count: 1, retryAfterSeconds: 2 });
    const r = await expectShape("graph.throttling.429.json", "/domains", { status: 429 });
    expect(r.headers.get("retry-after")).toBe("2");
  });
});

describe("GDAP fixtures (partner tenant)", () => {
  const rel = () => sim.ctx.world.gdapRelationships.find((r) => r.customer.tenantId === tenant.id && r.status === "active")!;
  const tr = "/tenantRelationships";

  test("delegatedAdminCustomers.list", () => expectShape("delegatedAdminCustomers.list.json", `${tr}/delegatedAdminCustomers`, { token: partnerAdmin }));
  test("delegatedAdminCustomers.get", () => expectShape("delegatedAdminCustomers.get.json", `${tr}/delegatedAdminCustomers/${tenant.id}`, { token: partnerAdmin }));
  test("delegatedAdminCustomers.serviceManagementDetails.list", () =>
    expectShape("delegatedAdminCustomers.serviceManagementDetails.list.json", `${tr}/delegatedAdminCustomers/${tenant.id}/serviceManagementDetails`, { token: partnerAdmin }));
  test("delegatedAdminRelationships.list", () => expectShape("delegatedAdminRelationships.list.json", `${tr}/delegatedAdminRelationships`, { token: partnerAdmin }));
  test("delegatedAdminRelationships.get", () => expectShape("delegatedAdminRelationships.get.json", `${tr}/delegatedAdminRelationships/${rel().id}`, { token: partnerAdmin }));
  test("accessAssignments.list", () =>
    expectShape("delegatedAdminRelationships.accessAssignments.list.json", `${tr}/delegatedAdminRelationships/${rel().id}/accessAssignments`, { token: partnerAdmin }));

  test("create → update → requests (lockForApproval)", async () => {
    const body = fixture("delegatedAdminRelationships.create.json") as Record<string, unknown>;
    const request = { displayName: "Contract test relationship", duration: "P730D", customer: { tenantId: tenant.id, displayName: tenant.displayName }, accessDetails: body.accessDetails, autoExtendDuration: "P180D" };
    const created = await expectShape("delegatedAdminRelationships.create.json", `${tr}/delegatedAdminRelationships`, { token: partnerAdmin, method: "POST", body: request, status: 201 });
    const id = created.body.id as string;
    const patch = { displayName: "Updated contract test relationship", duration: "P31D" };
    const updated = await expectShape("delegatedAdminRelationships.update.json", `${tr}/delegatedAdminRelationships/${id}`,
      { token: partnerAdmin, method: "PATCH", body: patch, headers: { "If-Match": created.body["@odata.etag"] } });
    expect(updated.body.displayName).toBe(patch.displayName);
    await expectShape("delegatedAdminRelationships.requests.create.json", `${tr}/delegatedAdminRelationships/${id}/requests`,
      { token: partnerAdmin, method: "POST", body: { action: "lockForApproval" }, status: 201 });
  });

  test("accessAssignments.create → operations.list", async () => {
    const r = rel();
    const group = sim.ctx.world.partnerGroups.tenantryTechnicians!;
    const body = { accessContainer: { accessContainerId: group, accessContainerType: "securityGroup" }, accessDetails: { unifiedRoles: r.accessDetails.unifiedRoles.slice(0, 2) } };
    await expectShape("delegatedAdminRelationships.accessAssignments.create.json", `${tr}/delegatedAdminRelationships/${r.id}/accessAssignments`,
      { token: partnerAdmin, method: "POST", body, status: 201 });
    await expectShape("delegatedAdminRelationships.operations.list.json", `${tr}/delegatedAdminRelationships/${r.id}/operations`, { token: partnerAdmin });
  });
});
