import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestSimulator } from "../../helpers/sim";
import type { Simulator } from "../../../simulator/server";
import type { Tenant, User } from "../../../simulator/world/types";
import { graph, personaToken, tenantByHealth } from "./graph-helpers";

let sim: Simulator;
let tenant: Tenant;
let token: string;

beforeAll(async () => {
  sim = await startTestSimulator();
  tenant = tenantByHealth(sim, "healthy");
  token = await personaToken(sim, "technician", tenant);
});
afterAll(() => sim.close());

const call = (method: string, path: string, body?: unknown) => graph(sim, token, method, path, { body });
const plainMembers = () => [...tenant.directory.users.values()].filter((u) => u.userType === "Member" && !u.tags.length && u.accountEnabled);
const PASSWORD = "xWwvJ]6NMw+bWH-d";

describe("users: create, update, delete", () => {
  const upn = () => `new.starter@${tenant.defaultDomain}`;

  test("POST /users creates a user that reads back; duplicates, unverified domains and weak passwords are refused", async () => {
    const body = { accountEnabled: true, displayName: "New Starter", mailNickname: "new.starter", userPrincipalName: upn(), passwordProfile: { forceChangePasswordNextSignIn: true, password: PASSWORD }, usageLocation: "GB", city: "Leeds" };
    const created = await call("POST", "/users", body);
    expect(created.status).toBe(201);
    expect(created.body["@odata.context"]).toMatch(/\$metadata#users\/\$entity$/);
    const read = await call("GET", `/users/${upn()}?$select=id,displayName,accountEnabled,usageLocation,city,userType`);
    expect(read.body).toMatchObject({ id: created.body.id, displayName: "New Starter", accountEnabled: true, usageLocation: "GB", city: "Leeds", userType: "Member" });
    expect(tenant.directory.users.get(created.body.id)!.password).toBe(PASSWORD);

    const dup = await call("POST", "/users", body);
    expect(dup.status).toBe(400);
    expect(dup.body.error).toMatchObject({ code: "Request_BadRequest", message: "Another object with the same value for property userPrincipalName already exists." });
    const foreign = await call("POST", "/users", { ...body, userPrincipalName: "x@example.org" });
    expect(foreign.body.error.message).toMatch(/^The domain portion of the userPrincipalName property is invalid/);
    const weak = await call("POST", "/users", { ...body, userPrincipalName: `weak@${tenant.initialDomain}`, passwordProfile: { password: "password" } });
    expect(weak.body.error.message).toMatch(/password complexity/);
    const missing = await call("POST", "/users", { displayName: "No UPN" });
    expect(missing.body.error.message).toMatch(/^Invalid value specified for property '(accountEnabled|mailNickname|userPrincipalName|passwordProfile)'/);
  });

  test("PATCH accountEnabled=false blocks sign-in and ends sessions (refresh tokens die)", async () => {
    const u = plainMembers()[0]!;
    const before = u.signInSessionsValidFromDateTime;
    sim.ctx.clock.advance(60_000);
    const r = await call("PATCH", `/users/${u.id}`, { accountEnabled: false });
    expect(r.status).toBe(204);
    expect(r.body).toBeUndefined();
    expect((await call("GET", `/users/${u.id}?$select=accountEnabled`)).body.accountEnabled).toBe(false);
    expect(Date.parse(u.signInSessionsValidFromDateTime)).toBeGreaterThan(Date.parse(before));
  });

  test("PATCH passwordProfile resets the password, stamps lastPasswordChangeDateTime and ends sessions", async () => {
    const u = plainMembers()[1]!;
    sim.ctx.clock.advance(60_000);
    const r = await call("PATCH", `/users/${u.userPrincipalName}`, { passwordProfile: { forceChangePasswordNextSignIn: true, password: "N3w!Passw0rd-x" } });
    expect(r.status).toBe(204);
    expect(u.password).toBe("N3w!Passw0rd-x");
    expect(u.forceChangePasswordNextSignIn).toBe(true);
    const now = sim.ctx.clock.now();
    expect(Math.abs(Date.parse(u.lastPasswordChangeDateTime) - now)).toBeLessThan(5000);
    expect(Math.abs(Date.parse(u.signInSessionsValidFromDateTime) - now)).toBeLessThan(5000);
    const read = await call("GET", `/users/${u.id}?$select=lastPasswordChangeDateTime,passwordProfile`);
    expect(read.body.passwordProfile).toBeNull();
  });

  test("PATCH profile properties read back; read-only and unknown properties are refused", async () => {
    const u = plainMembers()[2]!;
    expect((await call("PATCH", `/users/${u.id}`, { jobTitle: "Head of Sales", department: "Sales", state: "Kent" })).status).toBe(204);
    const read = await call("GET", `/users/${u.id}?$select=jobTitle,department,state`);
    expect(read.body).toMatchObject({ jobTitle: "Head of Sales", department: "Sales", state: "Kent" });
    expect((await call("PATCH", `/users/${u.id}`, { createdDateTime: "2020-01-01T00:00:00Z" })).status).toBe(400);
    expect((await call("PATCH", `/users/${u.id}`, { shoeSize: 42 })).status).toBe(400);
    expect((await call("PATCH", `/users/${u.id}`, { accountEnabled: "no" })).status).toBe(400);
    expect((await call("PATCH", `/users/${u.id}`, { usageLocation: "gbr" })).status).toBe(400);
  });

  test("DELETE removes the user, its group memberships and its mailbox", async () => {
    const g = [...tenant.directory.groups.values()].find((x) => x.members.size > 0)!;
    const id = [...g.members].find((m) => tenant.directory.users.has(m))!;
    expect((await call("DELETE", `/users/${id}`)).status).toBe(204);
    expect((await call("GET", `/users/${id}`)).status).toBe(404);
    expect(g.members.has(id)).toBe(false);
    expect(tenant.directory.mailboxes.has(id)).toBe(false);
    expect((await call("DELETE", `/users/${id}`)).status).toBe(404);
  });
});

describe("actions", () => {
  test("revokeSignInSessions answers 200 {value:true} and moves signInSessionsValidFromDateTime to now", async () => {
    const u = plainMembers()[3]!;
    sim.ctx.clock.advance(3_600_000);
    const r = await call("POST", `/users/${u.id}/revokeSignInSessions`);
    expect(r.status).toBe(200);
    expect(r.body.value).toBe(true);
    const read = await call("GET", `/users/${u.id}?$select=signInSessionsValidFromDateTime`);
    expect(Math.abs(Date.parse(read.body.signInSessionsValidFromDateTime) - sim.ctx.clock.now())).toBeLessThan(2000);
  });

  test("assignLicense changes assignments and consumedUnits; seats, usage location and payload are checked", async () => {
    const sku = tenant.directory.subscribedSkus[0]!;
    const consumed = async () => (await call("GET", "/subscribedSkus")).body.value.find((s: { skuId: string }) => s.skuId === sku.skuId).consumedUnits as number;
    const holder = plainMembers().find((u) => u.assignedLicenses.some((l) => l.skuId === sku.skuId))!;
    const start = await consumed();

    const removed = await call("POST", `/users/${holder.id}/assignLicense`, { addLicenses: [], removeLicenses: [sku.skuId] });
    expect(removed.status).toBe(200);
    expect(removed.body.assignedLicenses.some((l: { skuId: string }) => l.skuId === sku.skuId)).toBe(false);
    expect(await consumed()).toBe(start - 1);

    sku.prepaidUnits.enabled = start - 1;
    const full = await call("POST", `/users/${holder.id}/assignLicense`, { addLicenses: [{ skuId: sku.skuId, disabledPlans: [] }], removeLicenses: [] });
    expect(full.status).toBe(400);
    expect(full.body.error.message).toBe(`Subscription with SKU ${sku.skuId} does not have any available licenses.`);
    sku.prepaidUnits.enabled = start + 5;
    const back = await call("POST", `/users/${holder.id}/assignLicense`, { addLicenses: [{ skuId: sku.skuId, disabledPlans: [] }], removeLicenses: [] });
    expect(back.status).toBe(200);
    expect(await consumed()).toBe(start);

    holder.usageLocation = null;
    const noLocation = await call("POST", `/users/${holder.id}/assignLicense`, { addLicenses: [{ skuId: sku.skuId, disabledPlans: [] }], removeLicenses: [] });
    expect(noLocation.body.error.message).toBe("License assignment cannot be done for user with invalid usage location.");
    const missing = await call("POST", `/users/${holder.id}/assignLicense`, { addLicenses: [] });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("removeLicenses");
    const unknown = await call("POST", `/users/${holder.id}/assignLicense`, { addLicenses: [], removeLicenses: ["00000000-0000-4000-8000-000000000000"] });
    expect(unknown.body.error.message).toBe("License 00000000-0000-4000-8000-000000000000 does not correspond to a valid company License.");
  });

  test("authentication methods: list is polymorphic; a method is deleted by its type segment; the password method cannot be", async () => {
    const u = plainMembers().find((x) => x.authenticationMethods.some((m) => m["@odata.type"].includes("microsoftAuthenticator")))!;
    const list = await call("GET", `/users/${u.id}/authentication/methods`);
    expect(list.body.value.map((m: Record<string, string>) => m["@odata.type"])).toContain("#microsoft.graph.passwordAuthenticationMethod");
    const app = u.authenticationMethods.find((m) => m["@odata.type"].includes("microsoftAuthenticator"))!;
    expect((await call("DELETE", `/users/${u.id}/authentication/microsoftAuthenticatorMethods/${app.id}`)).status).toBe(204);
    const after = await call("GET", `/users/${u.id}/authentication/methods`);
    expect(after.body.value.some((m: { id: string }) => m.id === app.id)).toBe(false);
    expect((await call("DELETE", `/users/${u.id}/authentication/microsoftAuthenticatorMethods/${app.id}`)).status).toBe(404);
    const pw = u.authenticationMethods.find((m) => m["@odata.type"].includes("password"))!;
    expect((await call("DELETE", `/users/${u.id}/authentication/passwordMethods/${pw.id}`)).status).toBe(400);
  });
});

describe("group membership", () => {
  test("add via $ref (204), duplicate (400), unknown object (404), remove (204), remove again (400)", async () => {
    const g = [...tenant.directory.groups.values()].find((x) => x.displayName === "SG-VPN Users")!;
    const u: User = [...tenant.directory.users.values()].find((x) => !g.members.has(x.id))!;
    const ref = { "@odata.id": `https://graph.microsoft.com/v1.0/directoryObjects/${u.id}` };
    expect((await call("POST", `/groups/${g.id}/members/$ref`, ref)).status).toBe(204);
    const members = await call("GET", `/groups/${g.id}/members?$select=id&$top=999`);
    expect(members.body.value.map((m: { id: string }) => m.id)).toContain(u.id);
    const dup = await call("POST", `/groups/${g.id}/members/$ref`, ref);
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toBe("One or more added object references already exist for the following modified properties: 'members'.");
    const ghost = await call("POST", `/groups/${g.id}/members/$ref`, { "@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/00000000-0000-4000-8000-000000000000" });
    expect(ghost.status).toBe(404);
    expect(ghost.body.error.code).toBe("Request_ResourceNotFound");
    expect((await call("DELETE", `/groups/${g.id}/members/${u.id}/$ref`)).status).toBe(204);
    expect(g.members.has(u.id)).toBe(false);
    const again = await call("DELETE", `/groups/${g.id}/members/${u.id}/$ref`);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/^One or more removed object references do not exist/);
  });
});
