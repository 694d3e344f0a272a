import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SYSTEM_ACTOR, type AuditEventInput } from "@/lib/audit/events";
import { hashAuditRow } from "@/lib/audit/canonical";
import { recordAudit } from "@/lib/audit/record";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

const event = (n: number): AuditEventInput => ({
  action: "api_key.created",
  actor: { type: "user", id: `u${n}`, name: `User ${n}`, role: "admin" },
  outcome: "succeeded",
  target: `api_key:k${n}`,
  detail: { n, nested: { b: 2, a: 1 }, text: "ünïcödé \"quoted\"" },
});

/** Simulates a superuser editing the table behind the app's back: triggers off for this session only. */
async function tamper(sql: string) {
  await db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    await tx.$executeRawUnsafe(sql);
  });
}

describe("audit chain", () => {
  it("chains each row to the previous one and verifies", async () => {
    const first = await recordAudit(db.prisma, event(1));
    const second = await recordAudit(db.prisma, event(2));
    const rows = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(rows[0]).toMatchObject({ id: first.id, prevHash: null, hash: first.hash });
    expect(rows[1]).toMatchObject({ id: second.id, prevHash: first.hash });
    expect(await verifyAuditChain(db.prisma)).toEqual({ ok: true, checked: 2 });
  });

  it("never forks under concurrent writers", async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => recordAudit(db.prisma, event(100 + i))));
    const rows = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" }, select: { prevHash: true } });
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(rows.length);
    expect(await verifyAuditChain(db.prisma)).toEqual({ ok: true, checked: 42 });
  });

  it("joins the caller's transaction: a rolled-back action leaves no audit row", async () => {
    const before = await db.prisma.auditEvent.count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await recordAudit(tx, { action: "role_mapping.created", actor: SYSTEM_ACTOR, outcome: "succeeded" });
        throw new Error("the action failed after auditing");
      }),
    ).rejects.toThrow("the action failed");
    expect(await db.prisma.auditEvent.count()).toBe(before);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("is append-only: UPDATE, DELETE and TRUNCATE are refused", async () => {
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorName" = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
  });

  it("detects an edited row and names it", async () => {
    const victim = (await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" }, skip: 5, take: 1 }))[0]!;
    const original = JSON.stringify(victim.detail).replaceAll("'", "''");
    await tamper(`UPDATE "AuditEvent" SET "detail" = '{"n": 999}' WHERE id = ${victim.id}`);
    expect(await verifyAuditChain(db.prisma)).toEqual({ ok: false, checked: 5, brokenAt: { id: victim.id, reason: "hash_mismatch" } });
    await tamper(`UPDATE "AuditEvent" SET "detail" = '${original}' WHERE id = ${victim.id}`);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("detects an edit even when the tamperer re-hashes the row: the next link breaks", async () => {
    const [victim, next] = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" }, skip: 7, take: 2 });
    const forged = { ...victim!, actorName: "Somebody Else" };
    await tamper(`UPDATE "AuditEvent" SET "actorName" = 'Somebody Else', "hash" = '${hashAuditRow(forged)}' WHERE id = ${victim!.id}`);
    expect(await verifyAuditChain(db.prisma)).toEqual({ ok: false, checked: 8, brokenAt: { id: next!.id, reason: "prev_hash_mismatch" } });
    await tamper(`UPDATE "AuditEvent" SET "actorName" = '${victim!.actorName}', "hash" = '${victim!.hash}' WHERE id = ${victim!.id}`);
  });

  it("detects a removed row as a broken link", async () => {
    const rows = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" }, skip: 10, take: 2 });
    await tamper(`DELETE FROM "AuditEvent" WHERE id = ${rows[0]!.id}`);
    expect(await verifyAuditChain(db.prisma)).toEqual({ ok: false, checked: 10, brokenAt: { id: rows[1]!.id, reason: "prev_hash_mismatch" } });
  });
});
