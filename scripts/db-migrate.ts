// `npm run db:migrate`: THE production command. Applies pending prisma/migrations to DATABASE_URL
// with Prisma's wasm migration engine (same folder and _prisma_migrations table as `prisma migrate deploy`).
import { applyMigrations } from "../lib/db/migrate";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (postgresql://user:password@host:5432/database)");
  const started = performance.now();
  const applied = await applyMigrations(url);
  const ms = Math.round(performance.now() - started);
  if (applied.length === 0) console.log(`Database is up to date (${ms} ms).`);
  else console.log(`Applied ${applied.length} migration(s) in ${ms} ms:\n${applied.map((n) => `  ${n}`).join("\n")}`);
}

// Exit explicitly: the pg pool and the engine's timers must not decide when the command ends.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
