import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyMigrations, createMigration } from "@/lib/db/migrate";
import { createDatabase, dropDatabase, scratchDatabaseName, sweepScratchDatabases } from "@/lib/db/migrate/scratch";
import { createTestDatabase, TEST_SERVER_URL } from "../helpers/db";
import type { TestDatabase } from "../helpers/db";

const MIGRATIONS = path.resolve("prisma/migrations");
const migrationNames = readdirSync(MIGRATIONS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/** A copy of prisma/migrations to add to or write into. */
const tmp = mkdtempSync(path.join(tmpdir(), "tenantry-migrations-"));
function copyOfMigrations(name: string): string {
  const dir = path.join(tmp, name);
  cpSync(MIGRATIONS, dir, { recursive: true });
  return dir;
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
  rmSync(tmp, { recursive: true, force: true });
});

const auditRow = (hash: string) => ({ actorType: "system" as const, action: "test.event", outcome: "succeeded" as const, hash });

describe("applyMigrations", () => {
  it("applies every migration, recording the checksums `prisma migrate deploy` expects", async () => {
    expect(db.appliedMigrations).toEqual(migrationNames);
    const rows = await db.prisma.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    const sha256 = (name: string) => createHash("sha256").update(readFileSync(path.join(MIGRATIONS, name, "migration.sql"))).digest("hex");
    expect(rows).toEqual(migrationNames.map((name) => ({ migration_name: name, checksum: sha256(name) })));
  });

  it("is a no-op when the database is up to date", async () => {
    expect(await applyMigrations(db.url)).toEqual([]);
  });

  it("leaves nothing behind when a migration fails, and reports the database error", async () => {
    const dir = copyOfMigrations("broken");
    mkdirSync(path.join(dir, "29990101000000_broken"));
    writeFileSync(path.join(dir, "29990101000000_broken", "migration.sql"), 'CREATE TABLE "Half" (id int);\nSELECT 1/0;\n');
    await expect(applyMigrations(db.url, { migrationsDir: dir })).rejects.toThrow(/division by zero/);
    const [{ exists }] = await db.prisma.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('"Half"') IS NOT NULL AS exists`;
    expect(exists).toBe(false);
  });
});

describe("AuditEvent is append-only", () => {
  it("accepts inserts", async () => {
    const row = await db.prisma.auditEvent.create({ data: auditRow("h-insert") });
    expect(row.id).toBeTypeOf("bigint");
  });

  it("refuses UPDATE and DELETE through Prisma and raw SQL, and TRUNCATE", async () => {
    const row = await db.prisma.auditEvent.create({ data: auditRow("h-refuse") });
    await expect(db.prisma.auditEvent.update({ where: { id: row.id }, data: { action: "x" } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRaw`UPDATE "AuditEvent" SET "outcome" = 'failed'`).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.prisma.$executeRaw`DELETE FROM "AuditEvent"`).rejects.toThrow(/append-only: DELETE/);
    await expect(db.prisma.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await db.prisma.auditEvent.findUnique({ where: { id: row.id } })).toMatchObject({ action: "test.event" });
  });
});

describe("createMigration", () => {
  it("finds no difference between prisma/schema.prisma and the migrations (no forgotten migration)", async () => {
    const dir = copyOfMigrations("drift");
    const result = await createMigration("drift_check", { serverUrl: TEST_SERVER_URL, migrationsDir: dir });
    expect(result).toEqual({ file: null, warnings: [] });
  });
});

describe("sweepScratchDatabases", () => {
  it("drops scratch databases leaked long ago and leaves recent ones", async () => {
    const leaked = `tenantry_shadow_${(Date.now() - 2 * 3600_000).toString(36)}_deadbeef`;
    const recent = scratchDatabaseName("shadow");
    await createDatabase(TEST_SERVER_URL, leaked);
    await createDatabase(TEST_SERVER_URL, recent);
    try {
      const swept = await sweepScratchDatabases(TEST_SERVER_URL);
      expect(swept).toContain(leaked);
      expect(swept).not.toContain(recent);
      expect(swept).not.toContain(db.name);
    } finally {
      await dropDatabase(TEST_SERVER_URL, leaked);
      await dropDatabase(TEST_SERVER_URL, recent);
    }
  });
});
