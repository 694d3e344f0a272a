import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as listPeople } from "@/app/api/v1/app-users/route";
import { GET as listProtected } from "@/app/api/v1/protected-accounts/route";
import { apiRequest, routeCtx } from "../../helpers/auth";
import { startActionsHarness, type ActionsHarness, type Person } from "./harness";

// The two admin lists behind Settings → People and Settings → Protected accounts.
let h: ActionsHarness;
beforeAll(async () => {
  h = await startActionsHarness();
  await h.db.prisma.protectedAccount.createMany({
    data: [
      { tenantId: h.tenant, account: "breakglass@first.example", reason: "Break-glass" },
      { tenantId: h.other, account: "ceo@second.example", reason: "CEO" },
    ],
  });
});
afterAll(() => h?.close());

const call = async (route: typeof listPeople, path: string, who: { cookie?: string; key?: string }) => {
  const res = await route(apiRequest(path, who), routeCtx());
  return { status: res.status, body: await res.json() };
};
const nonAdmins = (): Person[] => [h.people.tech, h.people.desk, h.people.reader];

describe("GET /api/v1/app-users", () => {
  it("lists everyone who signed in with role and scope, naming the tenants a scope lists", async () => {
    const { status, body } = await call(listPeople, "/api/v1/app-users", { cookie: h.people.admin.cookie });
    expect(status).toBe(200);
    expect(body.items).toHaveLength(6);
    expect(body.items.find((p: { id: string }) => p.id === h.people.scopedTech.id)).toMatchObject({
      name: "Lee Gu", upn: "lee@contosomsp.com", role: "technician", scope: { kind: "list", tenantIds: [h.tenant] },
    });
    const tenant = await h.db.prisma.tenant.findUniqueOrThrow({ where: { id: h.tenant } });
    expect(body.tenants).toEqual({ [h.tenant]: tenant.displayName });
  });

  it("filters by name or UPN and by role", async () => {
    const byName = await call(listPeople, "/api/v1/app-users?q=MEGAN", { cookie: h.people.admin.cookie });
    expect(byName.body.items.map((p: { name: string }) => p.name)).toEqual(["Megan Bowen"]);
    const byRole = await call(listPeople, "/api/v1/app-users?role=technician", { cookie: h.people.admin.cookie });
    expect(byRole.body.items.map((p: { name: string }) => p.name)).toEqual(["Lee Gu", "Megan Bowen", "Patti Fernandez"]);
  });

  it("refuses bad filters with field errors", async () => {
    const role = await call(listPeople, "/api/v1/app-users?role=boss", { cookie: h.people.admin.cookie });
    expect(role.status).toBe(400);
    expect(role.body.error.fields.role[0]).toMatch(/must be one of/);
    const q = await call(listPeople, `/api/v1/app-users?q=${"x".repeat(201)}`, { cookie: h.people.admin.cookie });
    expect(q.body.error.fields.q[0]).toMatch(/too long/);
  });

  it("is for admins only", async () => {
    for (const p of nonAdmins()) expect((await call(listPeople, "/api/v1/app-users", { cookie: p.cookie })).status).toBe(403);
    expect((await call(listPeople, "/api/v1/app-users", { key: h.deskKey })).status).toBe(403);
    expect((await call(listPeople, "/api/v1/app-users", {})).status).toBe(401);
  });
});

describe("GET /api/v1/protected-accounts", () => {
  it("lists every tenant's protected accounts with the tenant's name", async () => {
    const { status, body } = await call(listProtected, "/api/v1/protected-accounts", { cookie: h.people.admin.cookie });
    expect(status).toBe(200);
    expect(body.items).toHaveLength(2);
    const names = await h.db.prisma.tenant.findMany({ select: { id: true, displayName: true } });
    for (const item of body.items) expect(item.tenant.displayName).toBe(names.find((t) => t.id === item.tenant.id)!.displayName);
    expect(body.items.find((i: { account: string }) => i.account === "ceo@second.example")).toMatchObject({ reason: "CEO", tenant: { id: h.other } });
  });

  it("filters by tenant and by account or reason", async () => {
    const one = await call(listProtected, `/api/v1/protected-accounts?tenant=${h.tenant.toUpperCase()}`, { cookie: h.people.admin.cookie });
    expect(one.body.items.map((i: { account: string }) => i.account)).toEqual(["breakglass@first.example"]);
    const q = await call(listProtected, "/api/v1/protected-accounts?q=ceo", { cookie: h.people.admin.cookie });
    expect(q.body.items.map((i: { account: string }) => i.account)).toEqual(["ceo@second.example"]);
  });

  it("refuses bad filters with field errors", async () => {
    const res = await call(listProtected, "/api/v1/protected-accounts?tenant=' or 1 eq 1", { cookie: h.people.admin.cookie });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.tenant[0]).toMatch(/tenant id/);
  });

  it("is for admins only", async () => {
    for (const p of nonAdmins()) expect((await call(listProtected, "/api/v1/protected-accounts", { cookie: p.cookie })).status).toBe(403);
    expect((await call(listProtected, "/api/v1/protected-accounts", { key: h.deskKey })).status).toBe(403);
  });
});
