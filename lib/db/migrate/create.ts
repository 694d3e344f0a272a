import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { migrationAdapterFactory } from "./adapter";
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, NO_FILTER, readMigrationList, writeMigration } from "./migrations-dir";
import { createDatabase, dropDatabase, scratchDatabaseName, sweepScratchDatabases, withDatabase } from "./scratch";
import { withSchemaEngine } from "./wasm-engine";

export interface CreateMigrationOptions {
  /** Any database on the Postgres server to use; only scratch databases are created on it. */
  serverUrl?: string;
  migrationsDir?: string;
  schemaPath?: string;
  /** Write a migration even when the schema has no changes (for hand-written SQL). */
  draft?: boolean;
  log?: (line: string) => void;
}

export interface CreateMigrationResult {
  /** Path of the written migration.sql, or null when the schema matches the migrations. */
  file: string | null;
  warnings: string[];
}

/**
 * Diffs prisma/schema.prisma against the migration history and writes the next migration.
 * Unlike `prisma migrate dev` it never touches a development database: the history is replayed into
 * a scratch "main" database and the engine's shadow database, both dropped afterwards.
 */
export async function createMigration(name: string, options: CreateMigrationOptions = {}): Promise<CreateMigrationResult> {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Migration name must match [A-Za-z0-9_]+, got "${name}"`);
  const serverUrl = options.serverUrl ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  await refuseEmbeddedServer(serverUrl);
  await sweepScratchDatabases(serverUrl);

  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const schemaPath = path.resolve(options.schemaPath ?? DEFAULT_SCHEMA_PATH);
  const schema = { path: schemaPath, content: await readFile(schemaPath, "utf8") };
  const schemaFiles = { files: [schema] };
  const scratch = scratchDatabaseName("migrate");
  await createDatabase(serverUrl, scratch);
  const factory = migrationAdapterFactory(withDatabase(serverUrl, scratch));
  try {
    return await withSchemaEngine(factory, { schema, log: options.log }, async (engine) => {
      // The order the CLI uses: createMigration and evaluateDataLoss rely on devDiagnostic having
      // replayed the history on the shadow database.
      const migrationsList = await readMigrationList(migrationsDir);
      const diagnostic = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
      if (diagnostic.action.tag === "reset") throw new Error(`Migration history is inconsistent: ${diagnostic.action.reason}`);
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      if (appliedMigrationNames.length > 0) await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });

      const loss = await engine.evaluateDataLoss({ migrationsList, schema: schemaFiles, filters: NO_FILTER });
      const warnings = [...loss.unexecutableSteps, ...loss.warnings].map((step) => step.message);
      const created = await engine.createMigration({
        draft: options.draft ?? false,
        migrationName: name,
        migrationsList,
        schema: schemaFiles,
        filters: NO_FILTER,
      });
      if (created.migrationScript === null) return { file: null, warnings };
      const file = await writeMigration(migrationsDir, created.generatedMigrationName, created.migrationScript, created.connectorType);
      return { file, warnings };
    });
  } finally {
    await factory.close();
    await dropDatabase(serverUrl, scratch);
  }
}

/** pglite-socket ignores the database name, so "scratch" and "shadow" would be the live database. */
async function refuseEmbeddedServer(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
    if (rows[0]?.version.includes("PGlite")) {
      throw new Error("Refusing to create migrations through the embedded (PGlite) server; point DATABASE_URL at a real Postgres.");
    }
  } finally {
    await client.end();
  }
}
