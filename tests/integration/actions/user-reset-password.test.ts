import { describe, expect, it } from "vitest";

import { verifyAuditChain } from "@/lib/audit/verify";
import { actionMatrix } from "./matrix";
import { auditRows, callAction, graphCount, simUsers } from "./harness";

// user.reset_password end to end: the route, the executor, Graph (simulator) and the audit log.
const { h } = actionMatrix({
  id: "user.reset_password",
  writeOp: "graph.users.update",
  arrange: (u) => {
    u.forceChangePasswordNextSignIn = false;
  },
  changed: (u, before, body) => {
    expect(u.password).toBe(body.result.password);
    expect(u.password).not.toBe(before.password);
    expect(u.forceChangePasswordNextSignIn).toBe(true);
    expect(u.signInSessionsValidFromDateTime).not.toBe(before.signInSessionsValidFromDateTime);
  },
});

describe("user.reset_password specifics", () => {
  it("returns a strong generated password once, and it is in no audit row or stored replay", async () => {
    const u = simUsers(h(), h().tenant).ordinary(40);
    const res = await callAction("user.reset_password", { as: h().people.tech, tenant: h().tenant, input: { user: u.id }, idempotencyKey: "reset-once-1" });
    const password: string = res.body.result.password;
    expect(password).toHaveLength(16);
    for (const re of [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/]) expect(password).toMatch(re);
    expect(res.body.result.forceChangePasswordNextSignIn).toBe(true);

    const dump = await h().db.prisma.$queryRaw<{ t: string }[]>`SELECT row_to_json(a)::text AS t FROM "AuditEvent" a UNION ALL SELECT row_to_json(k)::text FROM "IdempotencyKey" k`;
    expect(dump.map((r) => r.t).join("\n")).not.toContain(password);

    const replay = await callAction("user.reset_password", { as: h().people.tech, tenant: h().tenant, input: { user: u.id }, idempotencyKey: "reset-once-1" });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.result.password).toBe("[redacted]");
    expect(u.password).toBe(password);
  });

  it("previews the user and that their sessions end, without writing", async () => {
    const u = simUsers(h(), h().tenant).ordinary(41);
    const before = structuredClone(u);
    const writes = await graphCount(h(), "graph.users.update");
    const res = await callAction("user.reset_password", { as: h().people.desk, tenant: h().tenant, input: { user: u.userPrincipalName }, preview: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "preview", approvalRequired: false, preview: { target: { id: u.id, name: u.displayName } } });
    expect(res.body.preview.changes.map((c: { field: string }) => c.field)).toEqual(["password", "forceChangePasswordNextSignIn"]);
    expect(res.body.preview.notes.join(" ")).toMatch(/signed out of every session/);
    expect(await graphCount(h(), "graph.users.update")).toBe(writes);
    expect(u).toEqual(before);
    expect((await auditRows(h(), { action: "user.reset_password", target: u.userPrincipalName } as never)).length).toBe(0);
  });

  it("reports a Microsoft failure as `failed` with our code and Microsoft's request id", async () => {
    const res = await callAction("user.reset_password", { as: h().people.admin, tenant: h().tenant, input: { user: "nobody.here@example.com" } });
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe("MICROSOFT_NOT_FOUND");
    const failed = (await auditRows(h(), { action: "user.reset_password", outcome: "failed" })).at(-1)!;
    expect(failed.detail).toMatchObject({ code: "MICROSOFT_NOT_FOUND" });
    expect(failed.requestIds.length).toBeGreaterThan(0);
    expect(await verifyAuditChain(h().db.prisma)).toMatchObject({ ok: true });
  });
});
