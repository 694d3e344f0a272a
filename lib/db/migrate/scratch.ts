import { randomBytes } from "node:crypto";
import pg from "pg";

// Short-lived databases: shadow databases for the migration engine, scratch "main" databases for
// createMigration, and test databases. The creation time is encoded in the name, so databases
// leaked by a killed process (an engine panic ends the process before any finally runs) can be
// swept later without a registry.

const PREFIX = "tenantry_";
const NAME = /^tenantry_(shadow|migrate|test)_([0-9a-z]+)_[0-9a-f]{8}$/;

export type ScratchKind = "shadow" | "migrate" | "test";

export function scratchDatabaseName(kind: ScratchKind): string {
  return `${PREFIX}${kind}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

/** Same server and credentials, another database. */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Drops scratch databases older than `maxAgeMs` (default 1 h, well past any live run). */
export async function sweepScratchDatabases(serverUrl: string, maxAgeMs = 60 * 60 * 1000): Promise<string[]> {
  const { rows } = await adminQuery<{ datname: string }>(
    serverUrl,
    `SELECT datname FROM pg_database WHERE datname LIKE '${PREFIX}%'`,
  );
  const stale = rows
    .map((row) => row.datname)
    .filter((name) => {
      const created = NAME.exec(name)?.[2];
      return created !== undefined && Date.now() - parseInt(created, 36) > maxAgeMs;
    });
  for (const name of stale) await dropDatabase(serverUrl, name);
  return stale;
}

async function adminQuery<R extends pg.QueryResultRow>(serverUrl: string, sql: string): Promise<pg.QueryResult<R>> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query<R>(sql);
  } finally {
    await client.end();
  }
}
