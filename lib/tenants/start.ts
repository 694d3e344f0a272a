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

/** POST /api/v1/tenants/sync */
export const startSync = (prisma: PrismaClient, actor: Actor) => start(prisma, "tenants.sync", actor, {});

/** POST /api/v1/tenants/diagnostics: every tenant in the caller's scope. */
export async function startBulkDiagnostics(prisma: PrismaClient, scope: TenantScope, actor: Actor): Promise<StartedRun> {
  const total = (await tenantIdsInScope(prisma, scope)).length;
  return start(prisma, "tenants.diagnostics", actor, { scope }, total);
}
