import { AppError, isAppError } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { RunProgress } from "./types";

export type RunKind = RunProgress["kind"];
export type RunError = RunProgress["errors"][number];

const MAX_ERRORS = 500;
const FLUSH_MS = 500;

export async function createRun(prisma: PrismaClient, kind: RunKind, o: { requestedBy?: string | null; total?: number } = {}): Promise<string> {
  const run = await prisma.syncRun.create({ data: { kind, requestedBy: o.requestedBy ?? null, total: o.total ?? 0 }, select: { id: true } });
  return run.id;
}

// A run queued or running longer than this is presumed lost (no worker, a killed process).
const STALE_MS = 2 * 3600_000;

/** The queued or running run of this kind, if any (one at a time). */
export async function activeRun(prisma: PrismaClient, kind: RunKind): Promise<string | null> {
  const run = await prisma.syncRun.findFirst({
    where: { kind, status: { in: ["queued", "running"] }, startedAt: { gt: new Date(Date.now() - STALE_MS) } },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
  return run?.id ?? null;
}

export async function getRun(prisma: PrismaClient, id: string, kind: RunKind): Promise<RunProgress> {
  const run = await prisma.syncRun.findFirst({ where: { id, kind } });
  if (!run) throw new AppError("NOT_FOUND", `No ${kind === "tenants.sync" ? "sync" : "diagnostics"} run ${id}.`);
  return {
    id: run.id, kind: run.kind as RunKind, status: run.status, startedAt: run.startedAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null,
    total: run.total, done: run.done, failed: run.failed, errors: run.errors as unknown as RunError[],
  };
}

export const errorOf = (e: unknown, tenantId?: string): RunError => ({
  ...(tenantId ? { tenantId } : {}),
  code: isAppError(e) ? e.code : "INTERNAL",
  // AppError messages never carry tokens; anything else is reduced to its class name.
  message: isAppError(e) ? e.message : e instanceof Error ? e.name : "error",
});

/**
 * Progress of one run, written at most every half second (a 2,000-tenant run would otherwise
 * write 2,000 times) and once more at the end.
 */
export function runTracker(prisma: PrismaClient, id: string) {
  const state = { total: 0, done: 0, failed: 0, errors: [] as RunError[], counts: {} as Record<string, unknown> };
  let last = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const write = (data: Prisma.SyncRunUpdateInput) => (writing = writing.then(() => prisma.syncRun.update({ where: { id }, data })).catch(() => undefined));
  const snapshot = () => ({ total: state.total, done: state.done, failed: state.failed, errors: state.errors as unknown as Prisma.InputJsonArray, counts: state.counts as Prisma.InputJsonObject });
  return {
    state,
    start: (total: number) => {
      state.total = total;
      return write({ status: "running", total });
    },
    step(failedError?: RunError) {
      state.done++;
      if (failedError) {
        state.failed++;
        if (state.errors.length < MAX_ERRORS) state.errors.push(failedError);
      }
      if (Date.now() - last >= FLUSH_MS) {
        last = Date.now();
        void write(snapshot());
      }
    },
    async finish(status: "succeeded" | "failed", fatal?: RunError) {
      if (fatal) state.errors.unshift(fatal);
      await write({ ...snapshot(), status, finishedAt: new Date() });
      await writing;
    },
  };
}

export async function latestRun(prisma: PrismaClient, kind: RunKind): Promise<RunProgress | null> {
  const run = await prisma.syncRun.findFirst({ where: { kind }, orderBy: { startedAt: "desc" }, select: { id: true } });
  return run ? getRun(prisma, run.id, kind) : null;
}
