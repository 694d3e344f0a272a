// `npm run db:migration:new -- <name> [--draft]`: diffs prisma/schema.prisma against prisma/migrations
// and writes prisma/migrations/<timestamp>_<name>/migration.sql. Needs a real Postgres server
// (DATABASE_URL, or 127.0.0.1:5432) to replay history in scratch databases it drops afterwards.
// --draft writes a migration even without schema changes, for hand-written SQL (triggers, CHECKs).
import { createMigration } from "../lib/db/migrate";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const draft = args.includes("--draft");
  const name = args.find((arg) => !arg.startsWith("--"));
  if (!name) throw new Error("usage: npm run db:migration:new -- <name> [--draft]");
  const { file, warnings } = await createMigration(name, { draft });
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  console.log(file ? `Wrote ${file}` : "No schema changes: nothing written (use --draft for a hand-written migration).");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
