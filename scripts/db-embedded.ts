// `npm run db:embedded`: serves the demo database (.data/pglite) over the Postgres protocol on
// loopback and applies migrations, for running the app or worker by hand against it.
// PGLITE_PORT picks the port (default: any free one). Stops on Ctrl-C / SIGTERM.
import { startEmbeddedPostgres } from "../lib/db/embedded";

async function main(): Promise<void> {
  const started = performance.now();
  const db = await startEmbeddedPostgres({ port: Number(process.env.PGLITE_PORT ?? 0) });
  const ms = Math.round(performance.now() - started);
  const applied = db.appliedMigrations.length ? ` (applied: ${db.appliedMigrations.join(", ")})` : "";
  console.log(`Embedded Postgres ready in ${ms} ms${applied}\nDATABASE_URL=${db.url}`);
  const shutdown = () => db.stop().then(() => process.exit(0), () => process.exit(1));
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
