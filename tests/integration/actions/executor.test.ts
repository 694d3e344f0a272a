import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as listActions } from "@/app/api/v1/actions/route";
import { actionAuditor } from "@/lib/actions/action-audit";
import { REDACTED } from "@/lib/actions/redact";
import { ACTION_IDS, ACTIONS } from "@/lib/actions/registry";
import { verifyAuditChain } from "@/lib/audit/verify";
import { apiRequest, routeCtx } from "../../helpers/auth";
import { auditRows, callAction, graphCount, simUsers, startActionsHarness, upstreamSince, type ActionsHarness } from "./harness";
import { expectRedacted } from "./matrix";

// The executor's cross-cutting rules through POST /api/v1/tenants/{id}/actions/{actionId}:
// input validation before any Microsoft call, idempotency, unknown actions, the registry listing,
// and the audit chain after all of it. (Per-action role/guard/tenant checks: matrix.ts.)
let h: ActionsHarness;
beforeAll(async () => {
  h = await startActionsHarness();
});
afterAll(() => h?.close());

describe("bad input → 400 with field errors and no upstream call", () => {
  const upn = () => simUsers(h, h.tenant).ordinary(0).userPrincipalName;
  const cases: [string, () => { input?: unknown; raw?: string; idempotencyKey?: string }, string | null][] = [
    ["OData injection in the user id", () => ({ input: { user: "' or 1 eq 1" } }), "user"],
    ["injection appended to a UPN", () => ({ input: { user: `${upn()}' or 1 eq 1` } }), "user"],
    ["a path trick in the user id", () => ({ input: { user: "../../me/revokeSignInSessions" } }), "user"],
    ["an oversized user id", () => ({ input: { user: `${"a".repeat(5000)}@contoso.com` } }), "user"],
    ["an oversized ticket", () => ({ input: { user: upn(), ticket: "T".repeat(65) } }), "ticket"],
    ["injection in the ticket", () => ({ input: { user: upn(), ticket: "INC-1' or 1 eq 1" } }), "ticket"],
    ["an unknown field", () => ({ input: { user: upn(), accountEnabled: true } }), "accountEnabled"],
    ["a wrong type", () => ({ input: { user: 42 } }), "user"],
    ["a missing field", () => ({ input: {} }), "user"],
    ["an array body", () => ({ input: [upn()] }), "_"],
    ["a body that is not JSON", () => ({ raw: "{user:" }), null],
    ["an oversized body", () => ({ raw: JSON.stringify({ user: upn(), pad: "x".repeat(40_000) }) }), null],
    ["a malformed Idempotency-Key", () => ({ input: { user: upn() }, idempotencyKey: "has spaces in it" }), "Idempotency-Key"],
  ];
  for (const [what, make, field] of cases) {
    it(`refuses ${what}`, async () => {
      const sent = await upstreamSince(h);
      const res = await callAction("user.block_sign_in", { as: h.people.tech, tenant: h.tenant, ...make() });
      expect(res.status).toBe(400);
      if (field) {
        expect(res.body.error.code).toBe("VALIDATION_FAILED");
        expect(res.body.error.fields[field]?.length, JSON.stringify(res.body)).toBeGreaterThan(0);
      } else expect(res.body.error.code).toBe("BAD_REQUEST");
      expect(await sent()).toEqual([]);
    });
  }
});

describe("Idempotency-Key", () => {
  it("runs once for the same key twice and returns the first answer", async () => {
    const u = simUsers(h, h.tenant).ordinary(1);
    u.accountEnabled = true;
    const writes = await graphCount(h, "graph.users.update");
    const key = `block-${randomUUID()}`;
    const first = await callAction("user.block_sign_in", { as: h.people.tech, tenant: h.tenant, input: { user: u.id }, idempotencyKey: key });
    u.accountEnabled = true; // if it ran again, it would write again
    const second = await callAction("user.block_sign_in", { as: h.people.tech, tenant: h.tenant, input: { user: u.id }, idempotencyKey: key });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.body).toEqual(first.body);
    expect(await graphCount(h, "graph.users.update")).toBe(writes + 1);
    expect(u.accountEnabled).toBe(true);
    expect((await auditRows(h, { action: "user.block_sign_in", outcome: "succeeded" })).filter((r) => r.target === u.id)).toHaveLength(1);
  });

  it("runs once when the same key is sent twice at the same moment", async () => {
    const u = simUsers(h, h.tenant).ordinary(2);
    const writes = await graphCount(h, "graph.users.revokeSignInSessions");
    const key = `revoke-${randomUUID()}`;
    const both = await Promise.all([0, 1].map(() => callAction("user.revoke_sessions", { as: h.people.tech, tenant: h.tenant, input: { user: u.id }, idempotencyKey: key })));
    expect(both.map((r) => r.status).sort()).toEqual(expect.arrayContaining([200]));
    for (const r of both) expect([200, 409]).toContain(r.status);
    expect(await graphCount(h, "graph.users.revokeSignInSessions")).toBe(writes + 1);
  });

  it("refuses the same key with a different input, and keeps keys per person", async () => {
    const [a, b] = [simUsers(h, h.tenant).ordinary(3), simUsers(h, h.tenant).ordinary(4)];
    const key = `k-${randomUUID()}`;
    expect((await callAction("user.revoke_sessions", { as: h.people.tech, tenant: h.tenant, input: { user: a.id }, idempotencyKey: key })).status).toBe(200);
    const other = await callAction("user.revoke_sessions", { as: h.people.tech, tenant: h.tenant, input: { user: b.id }, idempotencyKey: key });
    expect(other.status).toBe(409);
    expect(other.body.error.message).toMatch(/different input/);
    const writes = await graphCount(h, "graph.users.revokeSignInSessions");
    const someoneElse = await callAction("user.revoke_sessions", { as: h.people.admin, tenant: h.tenant, input: { user: a.id }, idempotencyKey: key });
    expect(someoneElse.headers.get("idempotent-replayed")).toBeNull();
    expect(await graphCount(h, "graph.users.revokeSignInSessions")).toBe(writes + 1);
  });

  it("gives the key back when the request was refused, so a corrected retry can use it", async () => {
    const key = `guarded-${randomUUID()}`;
    const ga = simUsers(h, h.tenant).globalAdmin;
    expect((await callAction("user.revoke_sessions", { as: h.people.desk, tenant: h.tenant, input: { user: ga.id }, idempotencyKey: key })).status).toBe(403);
    expect((await callAction("user.revoke_sessions", { as: h.people.desk, tenant: h.tenant, input: { user: ga.id }, idempotencyKey: key })).status).toBe(403);
  });
});

describe("the registry over HTTP", () => {
  it("404s an unknown action without touching Microsoft", async () => {
    const sent = await upstreamSince(h);
    const res = await callAction("user.delete_everything", { as: h.people.admin, tenant: h.tenant, input: {} });
    expect(res.status).toBe(404);
    expect(await sent()).toEqual([]);
  });

  it("refuses callers without credentials", async () => {
    expect((await callAction("user.revoke_sessions", { tenant: h.tenant, input: {} })).status).toBe(401);
  });

  it("GET /api/v1/actions lists the meta (no functions) and what the caller's role may use", async () => {
    const res = await listActions(apiRequest("/api/v1/actions", { cookie: h.people.desk.cookie }), routeCtx());
    const { actions } = await res.json();
    expect(actions.map((a: { id: string }) => a.id).sort()).toEqual([...ACTION_IDS].sort());
    const reset = actions.find((a: { id: string }) => a.id === "user.reset_password");
    expect(reset).toMatchObject({ risk: "high", permission: "users.reset_password", allowed: true, confirmation: { typed: "target" }, audit: { redact: ["password"] } });
    expect(reset.input).toMatchObject({ type: "object", additionalProperties: false, required: ["user"] });
    expect(actions.find((a: { id: string }) => a.id === "user.block_sign_in").allowed).toBe(false);
  });
});

describe("audit rows of an action with a redacted input field", () => {
  // No action takes a secret as input today; this is the writer every action's rows go through.
  it("hold the input and before → after with the field redacted, and the secret in no row", async () => {
    const def = { ...ACTIONS["user.update"], audit: { target: (i: Record<string, unknown>) => String(i.user), redact: ["secret"] } };
    const target = "redaction.check@contoso.com";
    const { id, name, role } = h.people.tech;
    const audit = actionAuditor(h.db.prisma, def, { type: "user", id, name, role });
    audit.tenant(h.tenant);
    audit.input({ user: target, secret: "Input-s3cret!", jobTitle: "Engineer", ticket: "INC-7" });
    await audit.write("requested");
    await audit.write("succeeded", { summary: `Changed ${target}`, before: { secret: "Old-s3cret!", jobTitle: null }, after: { secret: "Input-s3cret!", jobTitle: "Engineer" } });
    const rows = (await auditRows(h, { action: "user.update" })).filter((r) => r.target === target);
    expect(rows.map((r) => r.outcome)).toEqual(["requested", "succeeded"]);
    expect(rows[1]!.detail).toEqual({
      ticket: "INC-7",
      input: { user: target, secret: REDACTED, jobTitle: "Engineer" },
      summary: `Changed ${target}`,
      before: { secret: REDACTED, jobTitle: null },
      after: { secret: REDACTED, jobTitle: "Engineer" },
    });
    expectRedacted(rows, ["secret"], { secret: "Input-s3cret!" });
    expect(JSON.stringify(rows.map((r) => r.detail))).not.toContain("Old-s3cret!");
  });
});

describe("audit chain after all of the above", () => {
  it("verifies, and detects an edited row", async () => {
    const result = await verifyAuditChain(h.db.prisma);
    expect(result).toMatchObject({ ok: true });
    expect(result.checked).toBeGreaterThan(10);
    const row = (await auditRows(h, { action: "user.block_sign_in", outcome: "succeeded" }))[0]!;
    await h.db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorName" = 'Someone Else' WHERE id = ${row.id}`);
    });
    expect(await verifyAuditChain(h.db.prisma)).toMatchObject({ ok: false, brokenAt: { id: row.id, reason: "hash_mismatch" } });
  });
});
