import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "tenantry-pglite-")), "pglite");
afterAll(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

describe("embedded Postgres (demo mode)", () => {
  it("serves PGlite over the Postgres protocol with migrations applied, and persists across restarts", async () => {
    const first = await timed("PGlite first start + migrations", () => startEmbeddedPostgres({ dataDir }));
    expect(first.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres$/);
    expect(first.appliedMigrations.length).toBeGreaterThan(0);
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/in use/);

    const prisma = createPrismaClient(first.url);
    try {
      await prisma.setting.create({ data: { key: "demo.greeting", value: { hello: "world" } } });
      // Interactive transactions and concurrent pool connections both go through the socket.
      await prisma.$transaction(async (tx) => {
        await tx.appUser.create({ data: { oid: "oid-1", tenantId: "t", upn: "a@b.example", displayName: "A", role: "admin" } });
      });
      const counts = await Promise.all([prisma.setting.count(), prisma.appUser.count(), prisma.auditEvent.count()]);
      expect(counts).toEqual([1, 1, 0]);
      const audit = await prisma.auditEvent.create({ data: { actorType: "system", action: "demo", outcome: "succeeded", hash: "h" } });
      await expect(prisma.auditEvent.delete({ where: { id: audit.id } })).rejects.toThrow(/append-only/);
    } finally {
      await prisma.$disconnect();
      await first.stop();
    }

    const second = await timed("PGlite restart", () => startEmbeddedPostgres({ dataDir }));
    const again = createPrismaClient(second.url);
    try {
      expect(second.appliedMigrations).toEqual([]);
      expect(await again.setting.findUnique({ where: { key: "demo.greeting" } })).toMatchObject({ value: { hello: "world" } });
    } finally {
      await again.$disconnect();
      await second.stop();
    }
  }, 120_000);
});
