// `npm run worker`: background jobs (pg-boss on DATABASE_URL, in its own "pgboss" schema).
import { getPrisma } from "../lib/db/client";
import { env } from "../lib/env";
import { startWorker } from "../lib/jobs/worker";
import { JOBS } from "../lib/jobs/registry";
import { getTokenBroker } from "../lib/microsoft/broker";
import { endpointsFromEnv } from "../lib/microsoft/endpoints";

const log = (message: string) => console.log(`[worker] ${new Date().toISOString()} ${message}`);

async function main(): Promise<void> {
  const config = env();
  if (!config.DATABASE_URL) throw new Error("DATABASE_URL is not set: the worker needs the same database as the app.");
  const prisma = getPrisma();
  const boss = await startWorker(config.DATABASE_URL, { prisma, broker: getTokenBroker(), endpoints: endpointsFromEnv(config), log });
  log(`worker ready: ${JOBS.map((j) => `${j.name}${j.cron ? ` (${j.cron} UTC)` : ""}`).join(", ")}`);
  const shutdown = async (signal: string) => {
    log(`${signal}: stopping`);
    await boss.stop({ graceful: true, timeout: 10_000 }).catch(() => undefined);
    await prisma.$disconnect();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((e: unknown) => {
  console.error(`[worker] failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
