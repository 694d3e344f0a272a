import type { Actor } from "../auth/actor";
import type { PrismaClient } from "../generated/prisma/client";
import { sendJob } from "../jobs/send";
import { tenantIdsInScope } from "./queries";
import { activeRun, createRun, type RunKind } from "./runs";
import type { TenantScope } from "./scope";
import type { StartedRun } from "./types";

/** Queues a run for the worker, unless one of the same kind is already under way. */
async function start(prisma: PrismaClient, kind: RunKind, actor: Actor, data: object, total = 0): Promise<StartedRun> {
  const running = await activeRun(prisma, kind);
  if (running) return { runId: running, alreadyRunning: true };
  const runId = await createRun(prisma, kind, { requestedBy: actor.upn ?? actor.name, total });
  try {
    await sendJob(kind, { ...data, runId }, { singletonKey: runId });
  } catch (e) {
    await prisma.syncRun.update({ where: { id: runId }, data: { status: "failed", finishedAt: new Date(), errors: [{ code: "INTERNAL", message: "The job could not be queued." }] } });
    throw e;
  }
  return { runId, alreadyRunning: false };
}

/**
 * Right after the partner connection is made (the wizard's callback): the first customer sync, so
 * the list fills without anyone pressing Sync. Idempotent: nothing is queued while a sync is under
 * way or once one has succeeded (from then on the schedule keeps the list current), so reconnecting
 * does not pile up syncs; after a first sync that failed, a reconnect tries again.
 */
export async function startFirstSync(prisma: PrismaClient, actor: Actor): Promise<StartedRun | null> {
  const synced = await prisma.syncRun.findFirst({ where: { kind: "tenants.sync", status: "succeeded" }, select: { id: true } });
  return synced ? null : start(prisma, "tenants.sync", actor, {});
}

/** POST /api/v1/tenants/sync */
export const startSync = (prisma: PrismaClient, actor: Actor) => start(prisma, "tenants.sync", actor, {});

/** POST /api/v1/tenants/diagnostics: every tenant in the caller's scope. */
export async function startBulkDiagnostics(prisma: PrismaClient, scope: TenantScope, actor: Actor): Promise<StartedRun> {
  const total = (await tenantIdsInScope(prisma, scope)).length;
  return start(prisma, "tenants.diagnostics", actor, { scope }, total);
}
