import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestSimulator } from "../../helpers/sim";
import { delegatedClaims } from "../../../simulator/identity/claims";
import type { Simulator } from "../../../simulator/server";
import { ROLE } from "../../../simulator/world/catalog";
import type { Tenant, User } from "../../../simulator/world/types";
import { appToken, graph, persona, personaToken, tenantByHealth, userToken } from "./graph-helpers";

let sim: Simulator;
let tenant: Tenant;

beforeAll(async () => {
  sim = await startTestSimulator();
  tenant = tenantByHealth(sim, "healthy");
});
afterAll(() => sim.close());

/** Members holding no directory role: what Entra calls non-admins. */
const members = () => [...tenant.directory.users.values()].filter(
  (u) => u.userType === "Member" && !u.tags.length && !tenant.directory.directoryRoles.some((r) => r.members.has(u.id)),
);
const admin = (t: Tenant = tenant): User => [...t.directory.users.values()].find((u) => u.tags.includes("admin"))!;

describe("401 InvalidAuthenticationToken", () => {
  const expect401 = async (token: string | undefined, message: string) => {
    const r = await graph(sim, token, "GET", "/users");
    expect(r.status).toBe(401);
    expect(r.body.error).toMatchObject({ code: "InvalidAuthenticationToken", message });
    expect(r.headers.get("www-authenticate")).toMatch(/^Bearer /);
  };

  test("missing, malformed, forged, wrong audience, unknown tenant", async () => {
    await expect401(undefined, "Access token is empty.");
    await expect401("not-a-jwt", "CompactToken parsing failed with error code: 80049217");
    const good = await personaToken(sim, "technician", tenant);
    const [h, p] = good.split(".");
    await expect401(`${h}.${p}.${"A".repeat(342)}`, "Access token validation failure.");
    const base = `${sim.url}/login.microsoftonline.com`;
    const claims = delegatedClaims(sim.ctx, { base, user: persona(sim, "technician"), home: sim.ctx.world.partner, target: tenant, resource: "exchange", scopes: "Exchange.Manage", app: sim.ctx.world.samApp });
    await expect401(await sim.ctx.tokens.sign(claims, 3600), "Access token validation failure. Invalid audience.");
    const nowhere = { ...delegatedClaims(sim.ctx, { base, user: persona(sim, "technician"), home: sim.ctx.world.partner, target: tenant, resource: "graph", scopes: "User.Read", app: sim.ctx.world.samApp }), tid: "00000000-0000-4000-8000-00000000abcd" };
    await expect401(await sim.ctx.tokens.sign(nowhere, 3600), "Access token validation failure.");
  });

  test("expiry is judged on the simulated clock", async () => {
    const token = await personaToken(sim, "technician", tenant);
    expect((await graph(sim, token, "GET", "/domains")).status).toBe(200);
    sim.ctx.clock.advance(2 * 3600_000);
    const r = await graph(sim, token, "GET", "/domains");
    expect(r.status).toBe(401);
    expect(r.body.error.message).toBe("Lifetime validation failed, the token is expired.");
  });
});

describe("403 Authorization_RequestDenied, shaped exactly as Graph", () => {
  test("a read-only persona (Global Reader via GDAP) reads but cannot write", async () => {
    const token = await personaToken(sim, "read-only", tenant);
    const u = members()[0]!;
    expect((await graph(sim, token, "GET", `/users/${u.id}`)).status).toBe(200);
    const r = await graph(sim, token, "PATCH", `/users/${u.id}`, { body: { accountEnabled: false }, headers: { "client-request-id": "0f8fad5b-d9cb-469f-a165-70867728950e" } });
    expect(r.status).toBe(403);
    expect(Object.keys(r.body)).toEqual(["error"]);
    expect(r.body.error.code).toBe("Authorization_RequestDenied");
    expect(r.body.error.message).toBe("Insufficient privileges to complete the operation.");
    expect(Object.keys(r.body.error.innerError).sort()).toEqual(["client-request-id", "date", "request-id"]);
    expect(r.body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(r.body.error.innerError["client-request-id"]).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(r.headers.get("request-id")).toBe(r.body.error.innerError["request-id"]);
    expect(r.headers.get("client-request-id")).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(u.accountEnabled).toBe(true);
    for (const [method, path, body] of [
      ["POST", `/users/${u.id}/revokeSignInSessions`, undefined],
      ["POST", `/users/${u.id}/assignLicense`, { addLicenses: [], removeLicenses: [] }],
      ["DELETE", `/users/${u.id}`, undefined],
      ["POST", `/groups/${[...tenant.directory.groups.keys()][0]}/members/$ref`, { "@odata.id": `https://graph.microsoft.com/v1.0/directoryObjects/${u.id}` }],
    ] as const) {
      expect((await graph(sim, token, method, path, { body })).status, `${method} ${path}`).toBe(403);
    }
  });

  test("helpdesk can reset a non-admin's password but not an admin's; privileged authentication admin can", async () => {
    const desk = await personaToken(sim, "service-desk", tenant);
    const tech = await personaToken(sim, "technician", tenant);
    const body = { passwordProfile: { password: "Sw1tch!Over-22", forceChangePasswordNextSignIn: true } };
    expect((await graph(sim, desk, "PATCH", `/users/${members()[1]!.id}`, { body })).status).toBe(204);
    expect((await graph(sim, desk, "PATCH", `/users/${admin().id}`, { body })).status).toBe(403);
    expect((await graph(sim, desk, "PATCH", `/users/${members()[1]!.id}`, { body: { displayName: "Renamed" } })).status).toBe(403);
    expect((await graph(sim, desk, "DELETE", `/users/${members()[1]!.id}`)).status).toBe(403);
    expect((await graph(sim, tech, "PATCH", `/users/${admin().id}`, { body })).status).toBe(204);
  });

  test("authentication methods: Global Reader may read, only authentication admins may delete", async () => {
    const reader = await personaToken(sim, "read-only", tenant);
    const desk = await personaToken(sim, "service-desk", tenant);
    const u = members().find((x) => x.authenticationMethods.length > 1)!;
    expect((await graph(sim, reader, "GET", `/users/${u.id}/authentication/methods`)).status).toBe(200);
    const m = u.authenticationMethods.find((x) => !x["@odata.type"].includes("password"))!;
    const segment = m["@odata.type"].includes("phone") ? "phoneMethods" : m["@odata.type"].includes("fido2") ? "fido2Methods" : "microsoftAuthenticatorMethods";
    expect((await graph(sim, desk, "DELETE", `/users/${u.id}/authentication/${segment}/${m.id}`)).status).toBe(403);
  });

  test("partner users with no usable GDAP role there cannot even read", async () => {
    const diego = await personaToken(sim, "no-access", tenant);
    expect((await graph(sim, diego, "GET", "/users")).status).toBe(403);
    for (const health of ["expired", "mlt-only", "gdap-pending"] as const) {
      const token = await personaToken(sim, "technician", tenantByHealth(sim, health));
      expect((await graph(sim, token, "GET", "/users")).status, health).toBe(403);
    }
  });

  test("claimed roles beyond what GDAP grants are ignored", async () => {
    const t = tenantByHealth(sim, "expired");
    const base = `${sim.url}/login.microsoftonline.com`;
    const claims = { ...delegatedClaims(sim.ctx, { base, user: persona(sim, "technician"), home: sim.ctx.world.partner, target: t, resource: "graph", scopes: "User.ReadWrite.All", app: sim.ctx.world.samApp }), wids: [ROLE.globalAdministrator] };
    expect((await graph(sim, await sim.ctx.tokens.sign(claims, 3600), "GET", "/users")).status).toBe(403);
  });

  test("a relationship that expires while a token is still valid stops working at once", async () => {
    const t = tenantByHealth(sim, "expiring");
    const token = await userToken(sim, persona(sim, "technician"), t, sim.ctx.world.partner, 40 * 86_400);
    expect((await graph(sim, token, "GET", "/users?$top=1")).status).toBe(200);
    sim.ctx.clock.advance(20 * 86_400_000);
    expect((await graph(sim, token, "GET", "/users?$top=1")).status).toBe(403);
  });
});

describe("members of the tenant itself, and application tokens", () => {
  test("a tenant's own Global Administrator writes; a plain member reads but cannot write; /me resolves", async () => {
    const ga = await userToken(sim, admin(), tenant, tenant);
    const plain = members()[5]!;
    const own = await userToken(sim, plain, tenant, tenant);
    expect((await graph(sim, ga, "PATCH", `/users/${members()[6]!.id}`, { body: { jobTitle: "Owner" } })).status).toBe(204);
    expect((await graph(sim, own, "GET", "/users?$top=1")).status).toBe(200);
    expect((await graph(sim, own, "PATCH", `/users/${members()[6]!.id}`, { body: { jobTitle: "Nope" } })).status).toBe(403);
    expect((await graph(sim, own, "GET", "/me")).body.id).toBe(plain.id);
    expect((await graph(sim, own, "POST", "/me/revokeSignInSessions")).status).toBe(200);
    const partner = await personaToken(sim, "technician", tenant);
    expect((await graph(sim, partner, "GET", "/me")).status).toBe(404);
  });

  test("app-only tokens: permissions gate writes, /me is refused, unconsented tenants cannot identify the app", async () => {
    const reader = await appToken(sim, tenant, ["User.Read.All"]);
    const writer = await appToken(sim, tenant, ["User.ReadWrite.All"]);
    const u = members()[7]!;
    expect((await graph(sim, reader, "GET", `/users/${u.id}`)).status).toBe(200);
    expect((await graph(sim, reader, "PATCH", `/users/${u.id}`, { body: { jobTitle: "x" } })).status).toBe(403);
    expect((await graph(sim, writer, "PATCH", `/users/${u.id}`, { body: { jobTitle: "x" } })).status).toBe(204);
    expect((await graph(sim, writer, "GET", "/me")).body.error.message).toBe("/me request is only valid with delegated authentication flow.");
    const stranger = await appToken(sim, tenantByHealth(sim, "no-consent"), ["User.Read.All"]);
    const r = await graph(sim, stranger, "GET", "/users");
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe("Authorization_IdentityNotFound");
    const gdap = await appToken(sim, sim.ctx.world.partner, ["Directory.Read.All"]);
    expect((await graph(sim, gdap, "GET", "/tenantRelationships/delegatedAdminRelationships")).status).toBe(403);
  });
});
