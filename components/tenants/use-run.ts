"use client";

import { useEffect, useRef } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";

import type { RunProgress } from "@/lib/tenants/types";
import { fetchRun, tenantKeys, type RunKind } from "./api";

export const isFinished = (run: RunProgress | undefined | null) => run?.status === "succeeded" || run?.status === "failed";

/**
 * Polls a queued run (sync or bulk diagnostics) once a second until it finishes, then refreshes
 * every tenants query once so the list shows the new rows and health.
 */
export function useRun(run: { kind: RunKind; id: string } | null, onFinished?: (run: RunProgress) => void) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: tenantKeys.run(run?.kind ?? "none", run?.id ?? "none"),
    queryFn: ({ signal }) => fetchRun(run!.kind, run!.id, signal),
    enabled: run !== null,
    refetchInterval: (q) => (isFinished(q.state.data) ? false : 1_000),
    staleTime: 0,
  });
  const reported = useRef<string | null>(null);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });
  useEffect(() => {
    const data = query.data;
    if (!data || !isFinished(data) || reported.current === data.id) return;
    reported.current = data.id;
    void queryClient.invalidateQueries({ queryKey: tenantKeys.all });
    finished.current?.(data);
  }, [query.data, queryClient]);
  return query;
}
