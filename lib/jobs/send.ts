import { PgBoss } from "pg-boss";
import { findJob } from "./registry";
import { BOSS_SCHEMA } from "./worker";

// The web process only sends jobs; the worker (scripts/worker.ts) runs them. This pg-boss instance
// neither supervises nor schedules, so it adds no background load to the web server.

const g = globalThis as unknown as { tenantryJobSender?: Promise<PgBoss> };

function sender(connectionString: string): Promise<PgBoss> {
  g.tenantryJobSender ??= (async () => {
    const boss = new PgBoss({ connectionString, schema: BOSS_SCHEMA, supervise: false, schedule: false });
    boss.on("error", () => undefined);
    await boss.start();
    return boss;
  })().catch((e: unknown) => {
    g.tenantryJobSender = undefined;
    throw e;
  });
  return g.tenantryJobSender;
}

/** Queues a registered job (creating its queue if the worker has not yet). */
export async function sendJob(name: string, data: object, o: { singletonKey?: string; connectionString?: string } = {}): Promise<string | null> {
  const job = findJob(name);
  if (!job) throw new Error(`unknown job ${name}`);
  // Same source as the Prisma client (lib/db/client.ts): demo mode sets it to the embedded server.
  const url = o.connectionString ?? process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: jobs cannot be queued");
  const boss = await sender(url);
  if (!(await boss.getQueue(name))) await boss.createQueue(name, job.queue);
  return boss.send(name, data, o.singletonKey ? { singletonKey: o.singletonKey } : {});
}

/** For tests and shutdown. */
export async function stopJobSender(): Promise<void> {
  const p = g.tenantryJobSender;
  g.tenantryJobSender = undefined;
  if (p) await (await p).stop({ graceful: false }).catch(() => undefined);
}
