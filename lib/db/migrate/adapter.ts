import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { CharTaggingClient, withCharColumns } from "./char-columns";
import { createDatabase, dropDatabase, scratchDatabaseName, withDatabase } from "./scratch";

/**
 * adapter-pg's executeScript splits on every `;`, which breaks function bodies ($$ … ; … $$).
 * Sending the whole script as one simple-protocol query also makes a migration atomic: Postgres
 * runs a multi-statement query in one implicit transaction.
 */
function runScriptsWhole<T extends SqlDriverAdapter & { underlyingDriver(): pg.Pool }>(adapter: T): T {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      if (!(error instanceof pg.DatabaseError)) throw error;
      // The engine prints this shape as "Database error code: …" with the failing migration's name.
      const { code = "N/A", severity = "ERROR", message, detail, column, hint } = error;
      throw new DriverAdapterError({ kind: "postgres", code, severity, message, detail, column, hint });
    }
  };
  return adapter;
}

export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Closes every connection pool still open: the engine's free() does not dispose adapters. */
  close(): Promise<void>;
}

/**
 * Driver-adapter factory for the wasm schema engine. `connectToShadowDb` creates its own uniquely
 * named database: adapter-pg's version connects to the MAIN database when given a URL (the URL wins
 * over `database`), which migration creation would then reset, and it never drops what it created.
 */
export function migrationAdapterFactory(connectionString: string): MigrationAdapterFactory {
  const open = new Set<SqlDriverAdapter>();
  const connectTo = async (url: string, onDispose?: () => Promise<void>) => {
    const adapter = withCharColumns(runScriptsWhole(await new PrismaPg({ connectionString: url, Client: CharTaggingClient }).connect()));
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!open.delete(adapter)) return;
      await dispose();
      await onDispose?.();
    };
    open.add(adapter);
    return adapter;
  };

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(connectionString),
    async connectToShadowDb() {
      const name = scratchDatabaseName("shadow");
      await createDatabase(connectionString, name);
      return connectTo(withDatabase(connectionString, name), () => dropDatabase(connectionString, name));
    },
    async close() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}
