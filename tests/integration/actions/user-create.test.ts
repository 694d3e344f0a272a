import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ROLES } from "@/lib/auth/roles";
import { roleHas } from "@/lib/authz/permissions";
import { findTenant, findUser } from "../../../simulator/world/access";
import { roomySku, vpnGroup } from "./fixtures";
import { expectRedacted } from "./matrix";
import { auditRows, callAction, graphCount, startActionsHarness, upstreamSince, type ActionsHarness, type PersonKey } from "./harness";

// user.create end to end (POST /users, then assignLicense and group $ref). Its input names a user
// that does not exist yet, so it has its own role matrix rather than matrix.ts.

let h: ActionsHarness;
beforeAll(async () => void (h = await startActionsHarness()));
afterAll(() => h?.close());

const PERSON = { admin: "admin", technician: "tech", service_desk: "desk", read_only: "reader" } as const satisfies Record<string, PersonKey>;
const domain = () => findTenant(h.sim.ctx.world, h.tenant)!.domains.find((d) => d.isDefault)!.id;
let n = 0;
const newUser = (more: Record<string, unknown> = {}) => {
  const nick = `new.hire${n++}`;
  return { displayName: `New Hire ${n}`, mailNickname: nick, userPrincipalName: `${nick}@${domain()}`, usageLocation: "US", ...more };
};
const simUser = (upn: string) => findUser(findTenant(h.sim.ctx.world, h.tenant)!, upn);

describe("user.create: roles", () => {
  for (const role of ROLES) {
    const person = () => h.people[PERSON[role]];
    if (roleHas(role, "users.create")) {
      it(`${role} creates a user with a licence and a group, and gets the password once`, async () => {
        const input = newUser({ skuId: roomySku(h).skuId, groupIds: [vpnGroup(h).id], ticket: "INC-2001" });
        const res = await callAction("user.create", { as: person(), tenant: h.tenant, input });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        const u = simUser(input.userPrincipalName)!;
        expect(u).toMatchObject({ displayName: input.displayName, usageLocation: "US", accountEnabled: true, forceChangePasswordNextSignIn: true });
        expect(u.password).toBe(res.body.result.password);
        expect(u.assignedLicenses.map((l) => l.skuId)).toContain(roomySku(h).skuId);
        expect(vpnGroup(h).members.has(u.id)).toBe(true);
        const rows = (await auditRows(h, { action: "user.create", actorId: person().id })).filter((r) => r.target === input.userPrincipalName);
        expect(rows.map((r) => r.outcome)).toEqual(["requested", "succeeded"]);
        expect(rows[1]!.detail).toMatchObject({
          ticket: "INC-2001",
          summary: `Created ${input.userPrincipalName}`,
          after: { id: u.id, userPrincipalName: input.userPrincipalName, displayName: input.displayName, usageLocation: "US", licence: roomySku(h).skuPartNumber, groups: [vpnGroup(h).displayName] },
        });
        const { ticket: _, ...sent } = input as Record<string, unknown>;
        for (const row of rows) expect((row.detail as { input: unknown }).input).toEqual(sent);
        expectRedacted(rows, ["password"], res.body.result);
        const dump = await h.db.prisma.$queryRaw<{ t: string }[]>`SELECT row_to_json(a)::text AS t FROM "AuditEvent" a`;
        expect(dump.map((r) => r.t).join("\n")).not.toContain(u.password);
      });
    } else {
      it(`${role} gets 403 and a denied audit row, and nothing is created`, async () => {
        const input = newUser();
        const writes = await graphCount(h, "graph.users.create");
        const res = await callAction("user.create", { as: person(), tenant: h.tenant, input });
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe("FORBIDDEN");
        expect(await graphCount(h, "graph.users.create")).toBe(writes);
        expect(simUser(input.userPrincipalName)).toBeUndefined();
        const denied = await auditRows(h, { action: "user.create", actorId: person().id, outcome: "denied" });
        expect(denied.at(-1)).toMatchObject({ target: input.userPrincipalName, detail: expect.objectContaining({ reason: "role" }) });
      });
    }
  }

  it("answers 404 for an unknown tenant and one outside the caller's scope, with no Microsoft call", async () => {
    const sent = await upstreamSince(h);
    for (const [who, tenant] of [["admin", randomUUID()], ["scopedTech", h.other]] as const) {
      const res = await callAction("user.create", { as: h.people[who], tenant, input: newUser() });
      expect(res.status).toBe(404);
    }
    expect(await sent()).toEqual([]);
  });
});

describe("user.create specifics", () => {
  it("previews the new account, licence seats and groups without creating anything", async () => {
    const input = newUser({ skuId: roomySku(h).skuId, groupIds: [vpnGroup(h).id] });
    const res = await callAction("user.create", { as: h.people.tech, tenant: h.tenant, input, preview: true });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.preview.changes.map((c: { label: string }) => c.label)).toEqual(["Sign-in name", "Display name", "Mail nickname", "Usage location", "Password", "FLOW_FREE", "SG-VPN Users"]);
    expect(res.body.preview.notes.join(" ")).toMatch(/FLOW_FREE: \d+ of 10000 seats free now/);
    expect(simUser(input.userPrincipalName)).toBeUndefined();
  });

  it("refuses an unverified domain (400 on the field) and an existing sign-in name (409) before creating", async () => {
    const writes = await graphCount(h, "graph.users.create");
    const foreign = await callAction("user.create", { as: h.people.admin, tenant: h.tenant, input: newUser({ userPrincipalName: "someone@not-theirs.example" }) });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields.userPrincipalName[0]).toMatch(/not a verified domain/);
    const taken = newUser();
    expect((await callAction("user.create", { as: h.people.admin, tenant: h.tenant, input: taken })).status).toBe(200);
    const again = await callAction("user.create", { as: h.people.admin, tenant: h.tenant, input: { ...taken, mailNickname: "other.nick" } });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already exists/);
    expect(await graphCount(h, "graph.users.create")).toBe(writes + 1);
  });

  it("refuses bad input with 400 and no Microsoft call", async () => {
    const sent = await upstreamSince(h);
    for (const [input, field] of [
      [newUser({ userPrincipalName: "x' or 1 eq 1@contoso.com" }), "userPrincipalName"],
      [newUser({ displayName: "x".repeat(300) }), "displayName"],
      [newUser({ password: "Hunter2!" }), "password"],
      [newUser({ groupIds: ["not-a-guid"] }), "groupIds.0"],
      [{ ...newUser(), usageLocation: undefined }, "usageLocation"],
    ] as const) {
      const res = await callAction("user.create", { as: h.people.admin, tenant: h.tenant, input });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
    }
    expect(await sent()).toEqual([]);
  });
});
