import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { createDatabase, dropDatabase, scratchDatabaseName, sweepScratchDatabases, withDatabase } from "@/lib/db/migrate/scratch";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The Postgres server tests create their databases on (any database on it; trust auth in CI). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  name: string;
  url: string;
  prisma: PrismaClient;
  appliedMigrations: string[];
  /** Disconnects and drops the database; safe to call twice. */
  drop(): Promise<void>;
}

/**
 * A uniquely named database with every migration applied by the same runner production uses.
 * Typical use: `let db: TestDatabase; beforeAll(async () => { db = await createTestDatabase() });
 * afterAll(() => db.drop());`
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  await sweepScratchDatabases(TEST_SERVER_URL); // leftovers of killed runs, never a live one
  const name = scratchDatabaseName("test");
  await createDatabase(TEST_SERVER_URL, name);
  const url = withDatabase(TEST_SERVER_URL, name);
  try {
    const appliedMigrations = options.migrate === false ? [] : await applyMigrations(url);
    const prisma = createPrismaClient(url);
    let dropped = false;
    return {
      name,
      url,
      prisma,
      appliedMigrations,
      async drop() {
        if (dropped) return;
        dropped = true;
        await prisma.$disconnect();
        await dropDatabase(TEST_SERVER_URL, name);
      },
    };
  } catch (error) {
    await dropDatabase(TEST_SERVER_URL, name);
    throw error;
  }
}
