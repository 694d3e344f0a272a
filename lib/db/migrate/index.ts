import { migrationAdapterFactory } from "./adapter";
import { DEFAULT_MIGRATIONS_DIR, NO_FILTER, readMigrationList } from "./migrations-dir";
import { withSchemaEngine } from "./wasm-engine";

export { createMigration } from "./create";
export type { CreateMigrationOptions, CreateMigrationResult } from "./create";

export interface ApplyOptions {
  migrationsDir?: string;
  /** Receives the engine's JSON log lines (noisy; for debugging). */
  log?: (line: string) => void;
}

/**
 * Applies pending migrations from prisma/migrations, like `prisma migrate deploy`: never resets,
 * never diffs, refuses edited or failed migrations. Safe to call on every start; the engine takes a
 * Postgres advisory lock so concurrent starters apply each migration once.
 */
export async function applyMigrations(connectionString: string, options: ApplyOptions = {}): Promise<string[]> {
  const migrationsList = await readMigrationList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const factory = migrationAdapterFactory(connectionString);
  try {
    return await withSchemaEngine(factory, { log: options.log }, async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      return appliedMigrationNames;
    });
  } finally {
    await factory.close();
  }
}
