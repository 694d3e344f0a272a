import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as approveRoute } from "@/app/api/v1/approvals/[id]/approve/route";
import { GET as getPolicy, PUT as putPolicy } from "@/app/api/v1/settings/ticket-policy/route";
import { APPROVAL_POLICY_SETTING } from "@/lib/actions/approval-policy";
import { TICKET_POLICY_SETTING } from "@/lib/actions/ticket-policy";
import { apiRequest, routeCtx } from "../../helpers/auth";
import { auditRows, callAction, graphCount, simUsers, startActionsHarness, upstreamSince, type ActionsHarness, type Person } from "./harness";

// Settings → Actions: which roles must give a ticket reference. The policy over HTTP, then the
// executor enforcing it before any Microsoft call.
let h: ActionsHarness;
beforeAll(async () => {
  h = await startActionsHarness();
});
afterAll(() => h?.close());

const PATH = "/api/v1/settings/ticket-policy";
const put = async (body: unknown, who: { cookie?: string; key?: string }) => {
  const res = await putPolicy(apiRequest(PATH, { method: "PUT", body, ...who }), routeCtx());
  return { status: res.status, body: await res.json() };
};
const get = async (who: { cookie?: string; key?: string }) => {
  const res = await getPolicy(apiRequest(PATH, who), routeCtx());
  return { status: res.status, body: await res.json() };
};
const as = (p: Person) => ({ cookie: p.cookie });
const settingsRows = () => auditRows(h, { action: "settings.changed" });

describe("GET/PUT /api/v1/settings/ticket-policy", () => {
  it("starts empty and is for admins only (people and API keys alike)", async () => {
    expect(await get(as(h.people.admin))).toEqual({ status: 200, body: { policy: { roles: [] } } });
    for (const p of [h.people.tech, h.people.desk, h.people.reader]) {
      expect((await get(as(p))).status).toBe(403);
      expect((await put({ roles: [] }, as(p))).status).toBe(403);
    }
    expect((await put({ roles: [] }, { key: h.deskKey })).status).toBe(403);
    expect((await put({ roles: [] }, {})).status).toBe(401);
    expect(await settingsRows()).toHaveLength(0);
  });

  const bad: [string, unknown, string][] = [
    ["an unknown role", { roles: ["boss"] }, "roles.0"],
    ["a role twice", { roles: ["technician", "technician"] }, "roles"],
    ["roles that are not a list", { roles: "service_desk" }, "roles"],
    ["a missing list", {}, "roles"],
    ["an unknown field", { roles: [], tenants: ["x"] }, "_"],
  ];
  for (const [what, body, field] of bad) {
    it(`refuses ${what} with a field error and changes nothing`, async () => {
      const res = await put(body, as(h.people.admin));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(res.body.error.fields[field]?.length, JSON.stringify(res.body)).toBeGreaterThan(0);
      expect(await h.db.prisma.setting.findUnique({ where: { key: TICKET_POLICY_SETTING } })).toBeNull();
      expect(await settingsRows()).toHaveLength(0);
    });
  }

  it("saves the roles in rank order, audits the change once, and reads back", async () => {
    const saved = await put({ roles: ["service_desk", "technician"] }, as(h.people.admin));
    expect(saved).toEqual({ status: 200, body: { policy: { roles: ["technician", "service_desk"] }, changed: true } });
    expect((await get(as(h.people.admin))).body.policy).toEqual({ roles: ["technician", "service_desk"] });
    const again = await put({ roles: ["technician", "service_desk"] }, as(h.people.admin));
    expect(again.body.changed).toBe(false);
    const rows = await settingsRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: h.people.admin.id, actorName: "Alex Wilber", role: "admin", outcome: "succeeded", target: TICKET_POLICY_SETTING });
    expect(rows[0]!.detail).toEqual({ before: { roles: [] }, after: { roles: ["technician", "service_desk"] } });
  });
});

describe("with a ticket required for the service desk", () => {
  beforeAll(async () => {
    expect((await put({ roles: ["service_desk"] }, as(h.people.admin))).status).toBe(200);
  });

  it("refuses a service-desk password reset without a ticket: 400 fields.ticket, no Microsoft request, no row", async () => {
    const u = simUsers(h, h.tenant).ordinary(3);
    const before = structuredClone(u);
    const sent = await upstreamSince(h);
    for (const who of [{ as: h.people.desk }, { key: h.deskKey }]) {
      const res = await callAction("user.reset_password", { ...who, tenant: h.tenant, input: { user: u.userPrincipalName } });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: "VALIDATION_FAILED", fields: { ticket: [expect.stringMatching(/required.*service desk.*ticket/)] } });
    }
    expect(await sent()).toEqual([]);
    expect(u).toEqual(before);
    expect((await auditRows(h, { action: "user.reset_password" })).filter((r) => r.target === u.userPrincipalName)).toHaveLength(0);
  });

  it("runs it with a ticket, and the audit row carries the ticket", async () => {
    const u = simUsers(h, h.tenant).ordinary(4);
    const res = await callAction("user.reset_password", { as: h.people.desk, tenant: h.tenant, input: { user: u.userPrincipalName, ticket: "INC-4711" } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const rows = (await auditRows(h, { action: "user.reset_password", actorId: h.people.desk.id })).filter((r) => r.target === u.userPrincipalName);
    expect(rows.map((r) => r.outcome)).toEqual(["requested", "succeeded"]);
    expect(rows.every((r) => (r.detail as { ticket?: string }).ticket === "INC-4711")).toBe(true);
  });

  it("leaves technicians alone", async () => {
    const u = simUsers(h, h.tenant).ordinary(5);
    expect((await callAction("user.reset_password", { as: h.people.tech, tenant: h.tenant, input: { user: u.id } })).status).toBe(200);
  });

  it("says so in the preview (which itself needs no ticket) for the roles it binds", async () => {
    const u = simUsers(h, h.tenant).ordinary(6);
    const calls = await graphCount(h, "graph.users.update");
    const desk = await callAction("user.reset_password", { as: h.people.desk, tenant: h.tenant, input: { user: u.id }, preview: true });
    expect(desk).toMatchObject({ status: 200, body: { status: "preview", ticketRequired: true } });
    const tech = await callAction("user.reset_password", { as: h.people.tech, tenant: h.tenant, input: { user: u.id }, preview: true });
    expect(tech).toMatchObject({ status: 200, body: { status: "preview", ticketRequired: false } });
    expect(await graphCount(h, "graph.users.update")).toBe(calls);
  });

  it("does not ask again when a request filed before the policy is approved", async () => {
    const u = simUsers(h, h.tenant).ordinary(7);
    await put({ roles: [] }, as(h.people.admin));
    await h.db.prisma.setting.create({ data: { key: APPROVAL_POLICY_SETTING, value: { rules: [{ actions: ["user.revoke_sessions"], roles: ["service_desk"] }] } } });
    const asked = await callAction("user.revoke_sessions", { as: h.people.desk, tenant: h.tenant, input: { user: u.id } });
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    await put({ roles: ["service_desk"] }, as(h.people.admin));
    const id = asked.body.approval.id as string;
    const res = await approveRoute(apiRequest(`/api/v1/approvals/${id}/approve`, { method: "POST", cookie: h.people.tech.cookie, body: {} }), routeCtx({ id }));
    expect((await res.json()).run).toMatchObject({ status: "succeeded" });
  });
});

describe("a stored policy that no longer parses", () => {
  it("requires a ticket from everyone rather than from no one", async () => {
    await h.db.prisma.setting.update({ where: { key: TICKET_POLICY_SETTING }, data: { value: { roles: "service_desk" } } });
    expect((await get(as(h.people.admin))).body.policy).toEqual({ roles: ["admin", "technician", "service_desk", "read_only"] });
    const u = simUsers(h, h.tenant).ordinary(8);
    const res = await callAction("user.revoke_sessions", { as: h.people.tech, tenant: h.tenant, input: { user: u.id } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.ticket).toHaveLength(1);
  });
});
