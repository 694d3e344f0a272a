import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { PUT as putScope } from "@/app/api/v1/app-users/[id]/scope/route";
import { DELETE as removeProtected } from "@/app/api/v1/tenants/[tenantId]/protected-accounts/[id]/route";
import { GET as listProtected, POST as addProtected } from "@/app/api/v1/tenants/[tenantId]/protected-accounts/route";
import { apiRequest, routeCtx } from "../../helpers/auth";
import { auditRows, callAction, simUsers, startActionsHarness, upstreamSince, type ActionsHarness, type Person } from "./harness";

// The data the guards and scopes read, managed over HTTP: a tenant's protected list, a
// technician's tenant scope, and the partner's own tenant.
let h: ActionsHarness;
beforeAll(async () => {
  h = await startActionsHarness();
});
afterAll(() => h?.close());

const json = async (res: Response) => ({ status: res.status, body: await res.json() });
const protectedPath = (tenantId: string) => `/api/v1/tenants/${tenantId}/protected-accounts`;

describe("the protected list", () => {
  it("only admins edit it; a listed ordinary user is then off limits to technicians (user.revoke_sessions)", async () => {
    const u = simUsers(h, h.tenant).ordinary(0);
    const add = (who: Person) => addProtected(apiRequest(protectedPath(h.tenant), { method: "POST", cookie: who.cookie, body: { account: u.userPrincipalName, reason: "CEO" } }), routeCtx({ tenantId: h.tenant }));
    expect((await add(h.people.tech)).status).toBe(403);
    const added = await json(await add(h.people.admin));
    expect(added.status).toBe(201);
    expect(added.body.item).toMatchObject({ account: u.userPrincipalName.toLowerCase(), reason: "CEO", addedBy: "Alex Wilber" });
    expect((await auditRows(h, { action: "protected_account.added" })).at(-1)).toMatchObject({ tenantId: h.tenant, target: u.userPrincipalName.toLowerCase() });

    const listed = await json(await listProtected(apiRequest(protectedPath(h.tenant), { cookie: h.people.desk.cookie }), routeCtx({ tenantId: h.tenant })));
    expect(listed.body.items).toHaveLength(1);

    const refused = await callAction("user.revoke_sessions", { as: h.people.tech, tenant: h.tenant, input: { user: u.id } });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: "GUARD_BLOCKED", message: expect.stringMatching(/protected account \(on this tenant's protected list: CEO\)/) });
    expect((await callAction("user.revoke_sessions", { as: h.people.admin, tenant: h.tenant, input: { user: u.id } })).status).toBe(200);

    const id = added.body.item.id as string;
    expect((await removeProtected(apiRequest(`${protectedPath(h.tenant)}/${id}`, { method: "DELETE", cookie: h.people.admin.cookie }), routeCtx({ tenantId: h.tenant, id }))).status).toBe(200);
    expect((await callAction("user.revoke_sessions", { as: h.people.tech, tenant: h.tenant, input: { user: u.id } })).status).toBe(200);
  });

  it("answers 404 for a tenant outside the caller's scope", async () => {
    const res = await listProtected(apiRequest(protectedPath(h.other), { cookie: h.people.scopedTech.cookie }), routeCtx({ tenantId: h.other }));
    expect(res.status).toBe(404);
  });
});

describe("tenant scope", () => {
  const setScope = (who: Person, scope: unknown) =>
    putScope(apiRequest(`/api/v1/app-users/${h.people.scopedTech.id}/scope`, { method: "PUT", cookie: who.cookie, body: scope }), routeCtx({ id: h.people.scopedTech.id }));

  it("is set by admins, audited, and takes effect on the next request", async () => {
    const u = simUsers(h, h.other).ordinary(0);
    const run = () => callAction("user.revoke_sessions", { as: h.people.scopedTech, tenant: h.other, input: { user: u.id } });
    expect((await run()).status).toBe(404);
    expect((await setScope(h.people.tech, { kind: "all" })).status).toBe(403);
    expect((await setScope(h.people.admin, { kind: "tags", tags: ["managed"] })).status).toBe(200);
    expect((await run()).status).toBe(200);
    expect((await setScope(h.people.admin, { kind: "allExcept", tenantIds: [h.other] })).status).toBe(200);
    expect((await run()).status).toBe(404);
    expect((await auditRows(h, { action: "scope.changed" })).length).toBe(2);
  });
});

describe("the partner's own tenant", () => {
  it("is for admins only, whatever the target", async () => {
    const partner = h.world.partnerTenantId.toLowerCase();
    await h.db.prisma.tenant.create({ data: { id: partner, displayName: "Contoso MSP (partner)" } });
    const sent = await upstreamSince(h);
    const res = await callAction("user.revoke_sessions", { as: h.people.tech, tenant: partner, input: { user: "nobody@contosomsp.com" } });
    expect(res.status).toBe(403);
    // refused before any Microsoft call: the target does not even have to exist
    expect(await sent()).toEqual([]);
    expect(res.body.error).toMatchObject({ code: "GUARD_BLOCKED", message: "This is the partner's own tenant. Only admins can act in it through Tenantry." });
  });
});
