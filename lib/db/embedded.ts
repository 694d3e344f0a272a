import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { applyMigrations } from "./migrate";

// Demo mode's database: PGlite (Postgres compiled to wasm) persisted on disk and served over the
// Postgres wire protocol on loopback, so the app, the worker and the migrations all connect with
// an ordinary DATABASE_URL, exactly as in production. Limits worth knowing: PGlite runs one
// transaction at a time across all connections, and the server ignores the database name — never
// create migrations through it (createMigration refuses).

export interface EmbeddedPostgresOptions {
  /** Default `.data/pglite` under the working directory. */
  dataDir?: string;
  /** Default 0: any free loopback port. */
  port?: number;
  /** pglite-socket defaults to a single connection; the app, worker and pools need more. */
  maxConnections?: number;
  /** Apply prisma/migrations on start (default true). */
  migrate?: boolean;
  migrationsDir?: string;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  appliedMigrations: string[];
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir ?? ".data/pglite");
  mkdirSync(dataDir, { recursive: true });
  const releaseLock = lockDataDir(dataDir);
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    db = await PGlite.create(dataDir);
    server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: options.maxConnections ?? 64 });
    await server.start();
    const port = Number(server.getServerConn().split(":").pop());
    const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
    const appliedMigrations = options.migrate === false ? [] : await applyMigrations(url, { migrationsDir: options.migrationsDir });
    const [runningServer, runningDb] = [server, db];
    return {
      url,
      port,
      appliedMigrations,
      async stop() {
        await runningServer.stop();
        await runningDb.close();
        releaseLock();
      },
    };
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    releaseLock();
    throw error;
  }
}

const openInThisProcess = new Set<string>();

/** Two PGlite instances on one directory corrupt it; refuse a second while the first lives. */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  const holder = Number(readIfExists(lockFile)?.trim()) || undefined;
  const busy = openInThisProcess.has(dataDir) || (holder !== undefined && holder !== process.pid && isAlive(holder));
  if (busy) {
    throw new Error(`The demo database ${dataDir} is in use by process ${holder ?? process.pid}; stop it first (or delete ${lockFile} if it is stale)`);
  }
  openInThisProcess.add(dataDir);
  writeFileSync(lockFile, String(process.pid));
  return () => {
    openInThisProcess.delete(dataDir);
    rmSync(lockFile, { force: true });
  };
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
