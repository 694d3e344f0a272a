import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { ensureKeyFile, formatMasterKey, generateMasterKey } from "../../lib/crypto/keyring";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";

export interface PreparedDatabase {
  url: string;
  keyEnv: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * demo: the given DATABASE_URL, else the embedded Postgres under .data/ (key file beside it).
 * e2e: a fresh, uniquely named database on the local server, dropped at the end.
 */
export async function prepareDatabase(o: { mode: "demo" | "e2e"; databaseUrl?: string; dataDir: string }): Promise<PreparedDatabase> {
  if (o.mode === "demo") {
    const keyEnv = { TENANTRY_MASTER_KEY_FILE: ensureKeyFile(path.join(o.dataDir, "master.key")) };
    if (o.databaseUrl) {
      await applyMigrations(o.databaseUrl);
      return { url: o.databaseUrl, keyEnv, stop: async () => undefined };
    }
    const db = await startEmbeddedPostgres({ dataDir: path.join(o.dataDir, "pglite") });
    return { url: db.url, keyEnv, stop: db.stop };
  }
  const server = o.databaseUrl ?? process.env.TEST_DATABASE_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `tenantry_e2e_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    keyEnv: { TENANTRY_MASTER_KEY: formatMasterKey(generateMasterKey()) },
    async stop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
