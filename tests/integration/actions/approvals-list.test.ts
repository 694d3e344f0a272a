import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as previewRoute } from "@/app/api/v1/approvals/[id]/preview/route";
import { POST as rejectRoute } from "@/app/api/v1/approvals/[id]/reject/route";
import { GET as listRoute } from "@/app/api/v1/approvals/route";
import { APPROVAL_POLICY_SETTING } from "@/lib/actions/approval-policy";
import { apiRequest, routeCtx } from "../../helpers/auth";
import { callAction, simUsers, startActionsHarness, type ActionsHarness, type Person } from "./harness";

// GET /api/v1/approvals as the Approvals page reads it: status filter, tenant scope, what the
// caller may do with each request; and POST …/reject insisting on a reason.
let h: ActionsHarness;
beforeAll(async () => {
  h = await startActionsHarness();
  const value = { rules: [{ actions: ["user.revoke_sessions"], roles: ["technician"] }] };
  await h.db.prisma.setting.create({ data: { key: APPROVAL_POLICY_SETTING, value } });
});
afterAll(() => h?.close());

const list = async (who: Person, query = "") => {
  const res = await listRoute(apiRequest(`/api/v1/approvals${query}`, { cookie: who.cookie }), routeCtx());
  return { status: res.status, body: await res.json() };
};
const ids = async (who: Person, query = "") => ((await list(who, query)).body.items as { id: string }[]).map((a) => a.id);

async function ask(who: Person, tenant: string, n: number) {
  const u = simUsers(h, tenant).ordinary(n);
  const res = await callAction("user.revoke_sessions", { as: who, tenant, input: { user: u.userPrincipalName, ticket: `INC-${n}` } });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return res.body.approval.id as string;
}

describe("GET /api/v1/approvals", () => {
  it("names the tenant, the reason and what the caller may do", async () => {
    const id = await ask(h.people.tech, h.tenant, 0);
    const tenant = await h.db.prisma.tenant.findUniqueOrThrow({ where: { id: h.tenant } });
    const theirs = (await list(h.people.tech2)).body.items.find((a: { id: string }) => a.id === id);
    expect(theirs).toMatchObject({
      title: "Revoke sessions", tenant: { id: h.tenant, name: tenant.displayName }, status: "pending",
      reason: expect.stringMatching(/approval policy requires/), canApprove: true, approveBlocked: null, canReject: true,
    });
    const own = (await list(h.people.tech)).body.items.find((a: { id: string }) => a.id === id);
    expect(own).toMatchObject({ canApprove: false, approveBlocked: expect.stringMatching(/your own request/), canReject: true });
  });

  it("filters by status (pending by default, or all) and refuses an unknown one with a field error", async () => {
    const id = await ask(h.people.tech, h.tenant, 1);
    const reject = await rejectRoute(apiRequest(`/api/v1/approvals/${id}/reject`, { method: "POST", cookie: h.people.tech2.cookie, body: { comment: "Not this user" } }), routeCtx({ id }));
    expect(reject.status).toBe(200);
    expect(await ids(h.people.admin)).not.toContain(id);
    expect(await ids(h.people.admin, "?status=rejected")).toContain(id);
    expect(await ids(h.people.admin, "?status=approved")).not.toContain(id);
    const all = (await list(h.people.admin, "?status=all")).body.items as { id: string; status: string; comment: string; canReject: boolean }[];
    expect(all.find((a) => a.id === id)).toMatchObject({ status: "rejected", comment: "Not this user", canReject: false });
    expect(new Set(all.map((a) => a.status))).toEqual(new Set(["pending", "rejected"]));

    const bad = await list(h.people.admin, "?status=done");
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "VALIDATION_FAILED", fields: { status: [expect.stringMatching(/must be one of pending, approved, rejected, expired, all/)] } });
  });

  it("shows a scoped technician only the requests in tenants of their scope", async () => {
    const inside = await ask(h.people.tech, h.tenant, 2);
    const outside = await ask(h.people.tech, h.other, 3);
    const seen = await ids(h.people.scopedTech, "?status=all");
    expect(seen).toContain(inside);
    expect(seen).not.toContain(outside);
    expect(await ids(h.people.tech2)).toEqual(expect.arrayContaining([inside, outside]));
  });
});

describe("POST /api/v1/approvals/{id}/reject", () => {
  it("needs a comment for the requester; without one nothing changes", async () => {
    const id = await ask(h.people.tech, h.tenant, 4);
    for (const body of [{}, { comment: "   " }]) {
      const res = await rejectRoute(apiRequest(`/api/v1/approvals/${id}/reject`, { method: "POST", cookie: h.people.tech2.cookie, body }), routeCtx({ id }));
      expect(res.status).toBe(400);
      expect((await res.json()).error.fields).toEqual({ comment: [expect.stringMatching(/required/)] });
    }
    expect((await h.db.prisma.approvalRequest.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });
});

describe("GET /api/v1/approvals/{id}/preview", () => {
  const preview = async (who: Person, id: string) => {
    const res = await previewRoute(apiRequest(`/api/v1/approvals/${id}/preview`, { cookie: who.cookie }), routeCtx({ id }));
    return { status: res.status, body: await res.json() };
  };

  it("shows the person deciding what it would do, read live, without running it; others get 404", async () => {
    const id = await ask(h.people.tech, h.tenant, 5);
    const u = simUsers(h, h.tenant).ordinary(5);
    const before = u.signInSessionsValidFromDateTime;
    const seen = await preview(h.people.tech2, id);
    expect(seen.status, JSON.stringify(seen.body)).toBe(200);
    expect(seen.body.preview).toMatchObject({ target: { id: u.id, name: u.displayName } });
    expect(u.signInSessionsValidFromDateTime).toBe(before);
    expect((await preview(h.people.desk, id)).status).toBe(404);
    expect((await preview(h.people.scopedTech, await ask(h.people.tech, h.other, 6))).status).toBe(404);
    await rejectRoute(apiRequest(`/api/v1/approvals/${id}/reject`, { method: "POST", cookie: h.people.tech.cookie, body: { comment: "Withdrawn" } }), routeCtx({ id }));
    expect((await preview(h.people.tech2, id)).status).toBe(409);
  });
});
