import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET, PUT } from "@/app/api/v1/settings/approval-policy/route";
import { APPROVAL_POLICY_SETTING } from "@/lib/actions/approval-policy";
import { apiRequest, routeCtx } from "../../helpers/auth";
import { auditRows, callAction, simUsers, startActionsHarness, type ActionsHarness, type Person } from "../actions/harness";

// GET/PUT /api/v1/settings/approval-policy: admins only, validated (unknown actions and tenants are
// field errors that change nothing), audited as a settings change, and read by the executor.
let h: ActionsHarness;
beforeAll(async () => {
  h = await startActionsHarness();
});
afterAll(() => h?.close());

const PATH = "/api/v1/settings/approval-policy";
const json = async (res: Response) => ({ status: res.status, body: await res.json() });
const get = async (who: Person) => json(await GET(apiRequest(PATH, { cookie: who.cookie }), routeCtx()));
const put = async (who: Person | { key: string }, body: unknown) =>
  json(await PUT(apiRequest(PATH, { method: "PUT", ...("key" in who ? { key: who.key } : { cookie: who.cookie }), body }), routeCtx()));
const stored = async () => (await h.db.prisma.setting.findUnique({ where: { key: APPROVAL_POLICY_SETTING } }))?.value ?? null;

describe("the approval policy API", () => {
  it("is for admins only, by session or key", async () => {
    expect(await get(h.people.admin)).toMatchObject({ status: 200, body: { policy: { rules: [] }, valid: true, updatedAt: null } });
    for (const who of [h.people.tech, h.people.desk, h.people.reader]) {
      expect((await get(who)).status).toBe(403);
      expect((await put(who, { rules: [] })).status).toBe(403);
    }
    expect((await put({ key: h.deskKey }, { rules: [] })).status).toBe(403);
    expect(await stored()).toBeNull();
  });

  it("refuses unknown actions, unknown tenants and bad roles with field errors, changing nothing", async () => {
    const bad = await put(h.people.admin, { rules: [{ actions: ["user.block_sign_in", "user.delete_everything"] }, { actions: ["*"], roles: ["janitor"] }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("VALIDATION_FAILED");
    expect(bad.body.error.fields["rules.0.actions.1"]).toEqual([expect.stringMatching(/"user.delete_everything" is not an action/)]);
    expect(Object.keys(bad.body.error.fields)).toContain("rules.1.roles.0");

    const tenant = await put(h.people.admin, { rules: [{ actions: ["*"], tenantIds: [h.tenant, "00000000-0000-0000-0000-000000000000"] }] });
    expect(tenant.status).toBe(400);
    expect(tenant.body.error.fields).toEqual({ "rules.0.tenantIds.1": [expect.stringMatching(/not a customer tenant Tenantry knows/)] });
    expect((await put(h.people.admin, { rules: [], extra: 1 })).status).toBe(400);
    expect(await stored()).toBeNull();
    expect(await auditRows(h, { action: "settings.changed" })).toHaveLength(0);
  });

  it("saves a normalised policy, audits before and after once, and the executor applies it", async () => {
    const u = simUsers(h, h.tenant).ordinary(0);
    u.accountEnabled = true;
    const rule = { actions: ["user.block_sign_in", "user.block_sign_in"], roles: ["technician"], tenantIds: [h.tenant.toUpperCase()], tenantTags: [] };
    const saved = await put(h.people.admin, { rules: [rule] });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const policy = { rules: [{ actions: ["user.block_sign_in"], roles: ["technician"], tenantIds: [h.tenant] }] };
    expect(saved.body).toMatchObject({ policy, changed: true });
    expect(await stored()).toEqual(policy);
    expect((await get(h.people.admin)).body).toMatchObject({ policy, valid: true, updatedAt: expect.any(String) });

    const rows = await auditRows(h, { action: "settings.changed" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: h.people.admin.id, actorName: "Alex Wilber", outcome: "succeeded", target: APPROVAL_POLICY_SETTING, tenantId: null });
    expect(rows[0]!.detail).toEqual({ before: { rules: [] }, after: policy });
    expect((await put(h.people.admin, { rules: [rule] })).body).toMatchObject({ changed: false });
    expect(await auditRows(h, { action: "settings.changed" })).toHaveLength(1);

    const asked = await callAction("user.block_sign_in", { as: h.people.tech, tenant: h.tenant, input: { user: u.id } });
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    expect(asked.body).toMatchObject({ status: "pending_approval", approval: { reason: expect.stringMatching(/approval policy/) } });
    expect(u.accountEnabled).toBe(true);
    // Outside the rule (another tenant) the same technician runs it at once.
    const elsewhere = simUsers(h, h.other).ordinary(0);
    expect((await callAction("user.block_sign_in", { as: h.people.tech, tenant: h.other, input: { user: elsewhere.id } })).status).toBe(200);

    expect((await put(h.people.admin, { rules: [] })).body).toMatchObject({ changed: true });
    const u2 = simUsers(h, h.tenant).ordinary(1);
    expect((await callAction("user.block_sign_in", { as: h.people.tech, tenant: h.tenant, input: { user: u2.id } })).status).toBe(200);
    expect((await auditRows(h, { action: "settings.changed" })).at(-1)!.detail).toEqual({ before: policy, after: { rules: [] } });
  });
});
