import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as getUser } from "@/app/api/v1/tenants/[tenantId]/users/[userId]/route";
import { GET as listUsers } from "@/app/api/v1/tenants/[tenantId]/users/route";
import { findTenant } from "../../../simulator/world/access";
import { apiRequest, routeCtx } from "../../helpers/auth";
import { vpnGroup } from "./fixtures";
import { BAD_SEARCHES, simUsers, startActionsHarness, upstreamSince, type ActionsHarness, type Person } from "./harness";

// GET /api/v1/tenants/{tenantId}/users and /users/{userId}: reads through the same tenant and scope check as the executor.

let h: ActionsHarness;
beforeAll(async () => void (h = await startActionsHarness()));
afterAll(() => h?.close());

async function list(as: Person, tenant: string, query = "") {
  const res = await listUsers(apiRequest(`/api/v1/tenants/${tenant}/users${query}`, { cookie: as.cookie }), routeCtx({ tenantId: tenant }));
  return { status: res.status, body: await res.json() };
}

async function detail(as: Person, tenant: string, userId: string) {
  const res = await getUser(apiRequest(`/api/v1/tenants/${tenant}/users/${encodeURIComponent(userId)}`, { cookie: as.cookie }), routeCtx({ tenantId: tenant, userId }));
  return { status: res.status, body: await res.json() };
}

describe("GET /api/v1/tenants/{tenantId}/users", () => {
  it("pages through every user, for any role (read-only included)", async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await list(h.people.reader, h.tenant, `?top=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.users.length).toBeLessThanOrEqual(10);
      for (const u of res.body.users) seen.add(u.id);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(pages).toBeGreaterThan(1);
    const u = simUsers(h, h.tenant).ordinary(3);
    expect(seen.has(u.id)).toBe(true);
  });

  it("searches by name through $search (ConsistencyLevel: eventual)", async () => {
    const u = simUsers(h, h.tenant).ordinary(5);
    const res = await list(h.people.desk, h.tenant, `?search=${encodeURIComponent(u.userPrincipalName.split("@")[0]!)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.users.map((x: { id: string }) => x.id)).toContain(u.id);
  });

  it("filters blocked accounts and guests through fixed $filter clauses, with search and across pages", async () => {
    const t = findTenant(h.sim.ctx.world, h.tenant)!;
    const all = [...t.directory.users.values()];
    const pageAll = async (query: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await list(h.people.reader, h.tenant, `?top=20&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        ids.push(...res.body.users.map((u: { id: string }) => u.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      return ids.sort();
    };
    const blocked = all.filter((u) => !u.accountEnabled).map((u) => u.id).sort();
    expect(blocked.length).toBeGreaterThan(0);
    expect(await pageAll("account=blocked")).toEqual(blocked);
    expect(await pageAll("account=enabled")).toEqual(all.filter((u) => u.accountEnabled).map((u) => u.id).sort());
    const guests = all.filter((u) => u.userType === "Guest");
    expect(await pageAll("type=guest")).toEqual(guests.map((u) => u.id).sort());
    expect(await pageAll("type=member&account=blocked")).toEqual(all.filter((u) => u.userType === "Member" && !u.accountEnabled).map((u) => u.id).sort());

    // Combined with $search: an enabled ordinary user is found with account=enabled and not with account=blocked.
    const u = simUsers(h, h.tenant).ordinary(2);
    const term = encodeURIComponent(u.userPrincipalName.split("@")[0]!);
    expect((await list(h.people.reader, h.tenant, `?search=${term}&account=${u.accountEnabled ? "enabled" : "blocked"}`)).body.users.map((x: { id: string }) => x.id)).toContain(u.id);
    expect((await list(h.people.reader, h.tenant, `?search=${term}&account=${u.accountEnabled ? "blocked" : "enabled"}`)).body.users.map((x: { id: string }) => x.id)).not.toContain(u.id);
  });

  it("refuses OData injection, oversized and unknown parameters with 400 and no Microsoft call", async () => {
    const sent = await upstreamSince(h);
    for (const [query, field] of [
      ...BAD_SEARCHES,
      ["?top=1000", "top"],
      ["?filter=x", "filter"],
      ["?account=false", "account"],
      [`?account=${encodeURIComponent("blocked or true")}`, "account"],
      [`?type=${encodeURIComponent("guest' or userType eq 'Member")}`, "type"],
    ] as const) {
      const res = await list(h.people.admin, h.tenant, query);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
    }
    expect(await sent()).toEqual([]);
  });

  it("answers 404 for an unknown tenant and one outside the caller's scope, with no Microsoft call", async () => {
    const sent = await upstreamSince(h);
    const unknown = await list(h.people.admin, randomUUID());
    const outside = await list(h.people.scopedTech, h.other);
    for (const res of [unknown, outside]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    }
    expect(await sent()).toEqual([]);
    expect((await list(h.people.scopedTech, h.tenant)).status).toBe(200);
  });
});

describe("GET /api/v1/tenants/{tenantId}/users/{userId}", () => {
  it("returns licences, groups, directory roles, auth methods and sign-in state", async () => {
    const admin = simUsers(h, h.tenant).globalAdmin;
    // The simulator's own record of the user's groups, with two more so the list has several.
    const groups = [...findTenant(h.sim.ctx.world, h.tenant)!.directory.groups.values()];
    for (const g of [vpnGroup(h), groups.find((g) => g !== vpnGroup(h) && !g.members.has(admin.id))!]) g.members.add(admin.id);
    const memberOf = groups.filter((g) => g.members.has(admin.id));
    expect(memberOf.length).toBeGreaterThan(1);
    const res = await detail(h.people.reader, h.tenant, admin.userPrincipalName);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      id: admin.id,
      userPrincipalName: admin.userPrincipalName,
      signIn: { accountEnabled: admin.accountEnabled, sessionsValidFrom: expect.any(String) },
    });
    expect(res.body.licences.map((l: { skuId: string }) => l.skuId).sort()).toEqual(admin.assignedLicenses.map((l) => l.skuId).sort());
    expect(res.body.licences.every((l: { skuPartNumber: string | null }) => l.skuPartNumber)).toBe(true);
    expect(res.body.directoryRoles.map((r: { displayName: string }) => r.displayName)).toContain("Global Administrator");
    expect(res.body.authMethods.map((m: { type: string }) => m.type)).toEqual(admin.authenticationMethods.map((m) => m["@odata.type"].replace("#microsoft.graph.", "")));
    expect(res.body.groups.map((g: { id: string }) => g.id).sort()).toEqual(memberOf.map((g) => g.id).sort());
    expect(res.body.groups.map((g: { displayName: string }) => g.displayName)).toContain(vpnGroup(h).displayName);
    expect(memberOf.length).toBeLessThan(groups.length);
  });

  it("refuses a malformed user reference with 400, and is 404 out of scope, with no Microsoft call", async () => {
    const sent = await upstreamSince(h);
    const bad = await detail(h.people.admin, h.tenant, "' or 1 eq 1");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.user).toBeDefined();
    const outside = await detail(h.people.scopedTech, h.other, simUsers(h, h.other).ordinary(0).id);
    expect(outside.status).toBe(404);
    expect(await sent()).toEqual([]);
  });
});
