import { PgBoss } from "pg-boss";
import { JOBS } from "./registry";
import type { JobContext } from "./types";

export const BOSS_SCHEMA = "pgboss";

/**
 * Starts pg-boss (it creates and migrates its own schema), then for every registered job: a queue
 * with the job's expiry/heartbeat/retries, its cron schedule, a one-at-a-time worker, and the
 * optional start-up run. Returns the running instance; `stop()` it on shutdown.
 */
export async function startWorker(connectionString: string, ctx: JobContext): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: BOSS_SCHEMA });
  boss.on("error", (e: Error) => ctx.log(`pg-boss error: ${e.message}`));
  await boss.start();
  for (const job of JOBS) {
    if (!(await boss.getQueue(job.name))) await boss.createQueue(job.name, job.queue);
    else await boss.updateQueue(job.name, { expireInSeconds: job.queue.expireInSeconds, retryLimit: job.queue.retryLimit, retryDelay: job.queue.retryDelay });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    await boss.work<object>(job.name, { batchSize: 1 }, async ([item]) => {
      const started = Date.now();
      try {
        const out = await job.run(item!.data, ctx);
        ctx.log(`${job.name} done in ${Date.now() - started} ms ${JSON.stringify(out)}`);
        return out;
      } catch (e) {
        // Codes and messages only: AppError messages never carry tokens.
        const err = e as { code?: string; message?: string };
        ctx.log(`${job.name} failed: ${err.code ?? "error"} ${err.message ?? ""}`);
        throw e;
      }
    });
    if (job.runOnStart) await boss.send(job.name, {}, { singletonKey: "on-start", singletonSeconds: 60 });
  }
  return boss;
}
