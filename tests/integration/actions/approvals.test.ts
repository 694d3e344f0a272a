import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as approveRoute } from "@/app/api/v1/approvals/[id]/approve/route";
import { POST as rejectRoute } from "@/app/api/v1/approvals/[id]/reject/route";
import { GET as listRoute } from "@/app/api/v1/approvals/route";
import { APPROVAL_POLICY_SETTING } from "@/lib/actions/approval-policy";
import { verifyAuditChain } from "@/lib/audit/verify";
import { findTenant } from "../../../simulator/world/access";
import { ROLE } from "../../../simulator/world/catalog";
import { apiRequest, routeCtx } from "../../helpers/auth";
import { auditRows, callAction, graphCount, simUsers, startActionsHarness, type ActionsHarness, type Person } from "./harness";

// Four-eyes: user.block_sign_in is marked by the approval policy for technicians. Nothing runs
// until a different person with the permission approves; it then runs as the requester.
let h: ActionsHarness;
beforeAll(async () => {
  h = await startActionsHarness();
  const value = { rules: [{ actions: ["user.block_sign_in"], roles: ["technician"] }] };
  await h.db.prisma.setting.create({ data: { key: APPROVAL_POLICY_SETTING, value } });
});
afterAll(() => h?.close());

const decide = async (verb: "approve" | "reject", id: string, who: Person, comment?: string) => {
  const route = verb === "approve" ? approveRoute : rejectRoute;
  const res = await route(apiRequest(`/api/v1/approvals/${id}/${verb}`, { method: "POST", cookie: who.cookie, body: comment ? { comment } : {} }), routeCtx({ id }));
  return { status: res.status, body: await res.json() };
};
const list = async (who: Person) => (await (await listRoute(apiRequest("/api/v1/approvals", { cookie: who.cookie }), routeCtx())).json()).items as any[];

/** A technician asks to block a fresh ordinary user; returns the user and the pending request id. */
async function ask(n: number, key?: string) {
  const u = simUsers(h, h.tenant).ordinary(n);
  u.accountEnabled = true;
  const res = await callAction("user.block_sign_in", { as: h.people.tech, tenant: h.tenant, input: { user: u.userPrincipalName, ticket: `INC-${n}` }, idempotencyKey: key });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return { u, id: res.body.approval.id as string, res };
}

describe("an approval-required action", () => {
  it("does nothing until approved: 202, a pending request, a `requested` row, no write", async () => {
    const writes = await graphCount(h, "graph.users.update");
    const { u, id, res } = await ask(0);
    expect(res.body).toMatchObject({ status: "pending_approval", approval: { id, reason: expect.stringMatching(/approval policy/) } });
    expect(u.accountEnabled).toBe(true);
    expect(await graphCount(h, "graph.users.update")).toBe(writes);
    const rows = (await auditRows(h, { action: "user.block_sign_in", actorId: h.people.tech.id })).filter((r) => r.target === u.userPrincipalName);
    expect(rows.map((r) => r.outcome)).toEqual(["requested"]);
    expect(rows[0]!.detail).toMatchObject({ approvalId: id, awaiting: "approval", ticket: "INC-0" });
    const preview = await callAction("user.block_sign_in", { as: h.people.tech, tenant: h.tenant, input: { user: u.id }, preview: true });
    expect(preview.body).toMatchObject({ status: "preview", approvalRequired: true });
  });

  it("shows pending requests to people who could approve them, and to the requester", async () => {
    const { id } = await ask(1);
    expect((await list(h.people.tech2)).find((a) => a.id === id)).toMatchObject({ canApprove: true, requestedBy: { name: "Megan Bowen" }, input: { ticket: "INC-1" } });
    expect((await list(h.people.tech)).find((a) => a.id === id)).toMatchObject({ canApprove: false });
    expect((await list(h.people.desk)).find((a) => a.id === id)).toBeUndefined();
    expect((await list(h.people.reader)).find((a) => a.id === id)).toBeUndefined();
  });

  it("cannot be approved by the requester, nor by someone without the permission", async () => {
    const { u, id } = await ask(2);
    const own = await decide("approve", id, h.people.tech);
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/your own request/);
    expect((await decide("approve", id, h.people.desk)).status).toBe(404);
    expect(u.accountEnabled).toBe(true);
    expect((await h.db.prisma.approvalRequest.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
    const denied = await auditRows(h, { action: "approval.approved", outcome: "denied", actorId: h.people.tech.id });
    expect(denied.at(-1)!.detail).toMatchObject({ approvalId: id });
  });

  it("runs as the requester once a second person approves, with both names in the audit", async () => {
    const { u, id } = await ask(3);
    const res = await decide("approve", id, h.people.tech2, "Confirmed with the customer's HR by phone");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.run).toMatchObject({ status: "succeeded", action: "user.block_sign_in" });
    expect(res.body.approval).toMatchObject({ status: "approved", decidedBy: "Patti Fernandez", result: { outcome: "succeeded" } });
    expect(u.accountEnabled).toBe(false);

    const approved = (await auditRows(h, { action: "approval.approved", outcome: "succeeded" })).at(-1)!;
    expect(approved).toMatchObject({ actorId: h.people.tech2.id, actorName: "Patti Fernandez", detail: expect.objectContaining({ approvalId: id, requestedBy: "Megan Bowen" }) });
    const ran = (await auditRows(h, { action: "user.block_sign_in", outcome: "succeeded" })).at(-1)!;
    expect(ran).toMatchObject({ actorId: h.people.tech.id, actorName: "Megan Bowen", role: "technician", target: u.userPrincipalName });
    expect(ran.detail).toMatchObject({ approval: { id, approvedBy: { id: h.people.tech2.id, name: "Patti Fernandez" } }, ticket: "INC-3" });

    const again = await decide("approve", id, h.people.admin);
    expect(again.status).toBe(409);
  });

  it("re-checks the guards against the tenant at approval time", async () => {
    const { u, id } = await ask(4);
    const t = findTenant(h.sim.ctx.world, h.tenant)!;
    t.directory.directoryRoles.find((r) => r.roleTemplateId === ROLE.globalAdministrator)!.members.add(u.id);
    const res = await decide("approve", id, h.people.tech2);
    expect(res.status).toBe(200);
    expect(res.body.run).toMatchObject({ status: "failed", error: { code: "GUARD_BLOCKED" } });
    expect(res.body.approval.result).toMatchObject({ outcome: "failed", code: "GUARD_BLOCKED" });
    expect(u.accountEnabled).toBe(true);
  });

  it("can be rejected with a comment; nothing runs", async () => {
    const { u, id } = await ask(5);
    const res = await decide("reject", id, h.people.tech2, "Wrong person");
    expect(res.body).toMatchObject({ approval: { status: "rejected", comment: "Wrong person" }, run: null });
    expect(u.accountEnabled).toBe(true);
    expect((await decide("approve", id, h.people.admin)).status).toBe(409);
  });

  it("cannot be approved once expired", async () => {
    const { u, id } = await ask(6);
    await h.db.prisma.approvalRequest.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await decide("approve", id, h.people.tech2);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/expired/);
    expect(u.accountEnabled).toBe(true);
    expect((await h.db.prisma.approvalRequest.findUniqueOrThrow({ where: { id } })).status).toBe("expired");
    expect((await auditRows(h, { action: "approval.expired" })).some((r) => (r.detail as { approvalId?: string }).approvalId === id)).toBe(true);
  });

  it("files one request for a double-submitted Idempotency-Key", async () => {
    const key = `approval-${randomUUID()}`;
    const first = await ask(7, key);
    const second = await callAction("user.block_sign_in", { as: h.people.tech, tenant: h.tenant, input: { user: first.u.userPrincipalName, ticket: "INC-7" }, idempotencyKey: key });
    expect(second.status).toBe(202);
    expect(second.body.approval.id).toBe(first.id);
    expect(await h.db.prisma.approvalRequest.count({ where: { target: first.u.userPrincipalName } })).toBe(1);
  });

  it("applies only where the policy says: an admin runs the same action at once", async () => {
    const u = simUsers(h, h.tenant).ordinary(8);
    u.accountEnabled = true;
    const res = await callAction("user.block_sign_in", { as: h.people.admin, tenant: h.tenant, input: { user: u.id } });
    expect(res.status).toBe(200);
    expect(u.accountEnabled).toBe(false);
    expect(await verifyAuditChain(h.db.prisma)).toMatchObject({ ok: true });
  });
});
