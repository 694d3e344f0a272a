import { samKeepalive } from "./sam-keepalive";
import { tenantsDiagnostics } from "./tenants-diagnostics";
import { tenantsSync } from "./tenants-sync";
import type { JobDefinition } from "./types";

/** Every background job. The worker creates a queue, a schedule and a handler for each. */
// `any`: each job narrows its own data type; the worker only passes the payload through.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const JOBS: JobDefinition<any>[] = [samKeepalive, tenantsSync, tenantsDiagnostics];

export function findJob(name: string): JobDefinition<object> | undefined {
  return JOBS.find((j) => j.name === name);
}
