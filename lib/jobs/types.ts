import type { PrismaClient } from "../generated/prisma/client";
import type { MicrosoftEndpoints } from "../microsoft/endpoints";
import type { TokenBroker } from "../microsoft/token-broker";

/** What a job body gets: the same services the app uses, built once per worker process. */
export interface JobContext {
  prisma: PrismaClient;
  broker: TokenBroker;
  endpoints: MicrosoftEndpoints;
  log(message: string): void;
}

export interface JobDefinition<Data extends object = Record<string, never>> {
  /** queue name, `<area>.<verb>` */
  name: string;
  description: string;
  /** cron (UTC) for boss.schedule; absent = run only when sent */
  cron?: string;
  /** run once when the worker starts, e.g. to catch up after downtime */
  runOnStart?: boolean;
  /**
   * Short expiry and a heartbeat: a killed worker's job is redelivered in seconds, not the
   * 15-minute default (stack-notes, pg-boss 12).
   */
  queue: { expireInSeconds: number; heartbeatSeconds?: number; retryLimit: number; retryDelay: number };
  run(data: Data, ctx: JobContext): Promise<Record<string, unknown>>;
}
