"use client";

import { useEffect, useState } from "react";
import { useQueryClient, type QueryKey } from "@tanstack/react-query";

/**
 * True once a query under `queryKey` has been loading for `ms`, false again as soon as none is.
 * Unlike useIsFetching it re-renders only when that answer changes, so a search answered within
 * `ms` renders nothing extra while its request is in flight (the list's keystroke-to-rows path
 * shares two cores with the server), and a quick answer never flashes the loading bar.
 */
export function useSlowFetching(queryKey: QueryKey, ms: number): boolean {
  const queryClient = useQueryClient();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      if (queryClient.isFetching({ queryKey }) > 0) {
        timer ??= setTimeout(() => setSlow(true), ms);
      } else {
        clearTimeout(timer);
        timer = undefined;
        setSlow(false);
      }
    };
    check();
    const unsubscribe = queryClient.getQueryCache().subscribe(check);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [queryClient, queryKey, ms]);
  return slow;
}
