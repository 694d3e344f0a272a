"use client";

import { useEffect, useState } from "react";
import { Activity, RefreshCw, X } from "lucide-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import type { RunProgress } from "@/lib/tenants/types";
import { fetchLatestRun, startRun, tenantKeys, type RunKind } from "./api";
import { formatNumber } from "./format";
import { isFinished, useRun } from "./use-run";

const NAME: Record<RunKind, string> = { "tenants.sync": "Sync", "tenants.diagnostics": "Diagnostics" };

function summary(run: RunProgress): string {
  const failed = run.failed ? `, ${formatNumber(run.failed)} failed` : "";
  return `${NAME[run.kind]} ${run.status === "failed" ? "stopped" : "finished"}: ${formatNumber(run.done)} of ${formatNumber(run.total)} tenants${failed}.`;
}

/** A run still going when the page opens (started by anyone, or before a reload) is shown, not hidden. */
function useActiveRun(kind: RunKind) {
  return useQuery({ queryKey: tenantKeys.latestRun(kind), queryFn: ({ signal }) => fetchLatestRun(kind, signal), staleTime: Infinity });
}

/** The list's bulk actions: sync now and diagnostics for every tenant, with the run's progress. */
export function BulkActions({ canSync, canDiagnose }: { canSync: boolean; canDiagnose: boolean }) {
  const [current, setCurrent] = useState<{ kind: RunKind; id: string } | null>(null);
  const latestSync = useActiveRun("tenants.sync");
  const latestDiag = useActiveRun("tenants.diagnostics");
  const [adopted, setAdopted] = useState(false);
  useEffect(() => {
    if (adopted || latestDiag.isPending || latestSync.isPending) return;
    setAdopted(true); // once per visit: a dismissed run must not come back
    const active = [latestDiag.data, latestSync.data].find((r) => r && !isFinished(r));
    if (active) setCurrent((c) => c ?? { kind: active.kind, id: active.id });
  }, [adopted, latestDiag.isPending, latestSync.isPending, latestDiag.data, latestSync.data]);

  const run = useRun(current, (r) => (r.status === "failed" ? toast.error(summary(r)) : toast.success(summary(r))));
  const start = useMutation({
    mutationFn: startRun,
    onSuccess: ({ runId, alreadyRunning }, kind) => {
      setCurrent({ kind, id: runId });
      if (alreadyRunning) toast.info(`${NAME[kind]} was already running — showing its progress.`);
    },
    onError: (error) => toast.error(error instanceof Error ? error.message : "Could not start the run."),
  });
  const busy = start.isPending || (current !== null && !isFinished(run.data));
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <div className="flex gap-2">
        {canSync && (
          <Button variant="outline" size="sm" disabled={busy} onClick={() => start.mutate("tenants.sync")}>
            <RefreshCw aria-hidden="true" className={busy && current?.kind === "tenants.sync" ? "animate-spin" : undefined} />
            Sync now
          </Button>
        )}
        {canDiagnose && (
          <Button size="sm" disabled={busy} onClick={() => start.mutate("tenants.diagnostics")}>
            <Activity aria-hidden="true" />
            Run diagnostics for all
          </Button>
        )}
      </div>
      {current && <RunStatus kind={current.kind} run={run.data} error={run.error} onDismiss={() => setCurrent(null)} />}
    </div>
  );
}

function RunStatus({ kind, run, error, onDismiss }: { kind: RunKind; run: RunProgress | undefined; error: Error | null; onDismiss: () => void }) {
  const pct = run && run.total > 0 ? Math.round((run.done / run.total) * 100) : 0;
  const label = !run
    ? `${NAME[kind]}: starting…`
    : isFinished(run)
      ? summary(run)
      : `${NAME[kind]}: ${formatNumber(run.done)} of ${run.total ? formatNumber(run.total) : "…"} tenants${run.failed ? ` (${formatNumber(run.failed)} failed)` : ""}`;
  return (
    <div className="flex w-full flex-col gap-1.5 rounded-md border bg-card p-3 sm:w-80" data-testid="run-progress">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm" role="status" aria-live="polite">
          {error ? `Could not read the progress: ${error.message}` : label}
        </p>
        {(isFinished(run) || error) && (
          <Button variant="ghost" size="icon-sm" aria-label="Dismiss" onClick={onDismiss}>
            <X aria-hidden="true" />
          </Button>
        )}
      </div>
      <Progress value={pct} aria-label={`${NAME[kind]} progress`} />
    </div>
  );
}
