"use client";

import { useEffect } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";

import type { RunProgress } from "@/lib/tenants/types";
import { fetchLatestRun, tenantKeys } from "./api";
import { isFinished } from "./use-run";

/**
 * While the list is empty: the customer sync under way, if any (the wizard queues the first one
 * when the partner connection is made). Polled every two seconds; when it finishes, the list reloads.
 */
export function useFirstSync(listEmpty: boolean): RunProgress | null {
  const queryClient = useQueryClient();
  const latest = useQuery({
    queryKey: tenantKeys.latestRun("tenants.sync"),
    queryFn: ({ signal }) => fetchLatestRun("tenants.sync", signal),
    enabled: listEmpty,
    refetchInterval: (q) => (listEmpty && q.state.data && !isFinished(q.state.data) ? 2_000 : false),
  });
  const run = latest.data ?? null;
  const running = run !== null && !isFinished(run);
  useEffect(() => {
    if (listEmpty && run && isFinished(run)) void queryClient.invalidateQueries({ queryKey: tenantKeys.lists() });
  }, [listEmpty, run, queryClient]);
  return listEmpty && running ? run : null;
}
