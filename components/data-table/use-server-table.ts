"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { keepPreviousData, useIsFetching, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type Updater,
  type VisibilityState,
} from "@tanstack/react-table";

import { toApiParams, toExportParams, type TableQuery, type TableUrlConfig } from "./url-state";
import { useSettledValue } from "./use-settled-value";
import { useSlowFetching } from "./use-slow-fetching";
import { useTableUrlState } from "./use-table-url-state";

export interface ServerTableOptions<TData, TResponse extends { items: TData[]; total: number }> {
  config: TableUrlConfig;
  columns: ColumnDef<TData, unknown>[];
  /** Prefix of every list query key; the full key is [...baseKey, apiParams]. */
  baseKey: QueryKey;
  fetchPage: (apiParams: string, signal: AbortSignal) => Promise<TResponse>;
  /** Column id → the API's sort key, for the sortable columns. */
  sortKeys: Record<string, string>;
  getRowId: (row: TData) => string;
}

// A load shows as busy (aria-busy, the loading bar) once it has taken this long.
const SLOW_MS = 200;

// One retry, not three: a technician should see "could not load" (with Try again) within a second
// or two rather than watch stale rows for seven.
const RETRY = 1;

const apply = <T,>(updater: Updater<T>, old: T): T => (typeof updater === "function" ? (updater as (old: T) => T)(old) : updater);

/**
 * Wires URL state → TanStack Query → TanStack Table for a list whose filtering, sorting and paging
 * happen on the server. keepPreviousData keeps the old rows on screen while the next set loads, so
 * typing never flashes an empty table.
 */
export function useServerTable<TData, TResponse extends { items: TData[]; total: number }>(o: ServerTableOptions<TData, TResponse>) {
  const queryClient = useQueryClient();
  const { config, baseKey, fetchPage } = o;
  const keyOf = useCallback((params: string) => [...baseKey, params], [baseKey]);
  const isOther = (params: string) => (q: { queryKey: QueryKey }) => q.queryKey[q.queryKey.length - 1] !== params;

  // The request sent early (below) and the API parameters on screen when it was sent. Until the
  // rows move on, that request is the change itself, not other work to wait for: counting it as
  // "busy" re-rendered the whole table while each keystroke's request was in flight.
  const early = useRef<{ params: string; from: string } | null>(null);
  const wantedNow = useRef("");

  // Sent from the event handler itself when nothing else is loading; the URL state commits the
  // change when this answers (see useTableUrlState), so the rows arrive with a single render.
  const sendEarly = useCallback(
    (next: TableQuery) => {
      const params = toApiParams(next, config);
      if (queryClient.isFetching({ queryKey: baseKey, predicate: isOther(params) }) > 0) return;
      early.current = { params, from: wantedNow.current };
      return queryClient.prefetchQuery({ queryKey: keyOf(params), queryFn: ({ signal }) => fetchPage(params, signal), retry: RETRY });
    },
    [queryClient, config, baseKey, keyOf, fetchPage],
  );
  const { query, setQuery, setFilter, reset } = useTableUrlState(config, sendEarly);
  const wanted = toApiParams(query, config);
  useEffect(() => {
    wantedNow.current = wanted; // committed state only: sendEarly runs from events, after effects
  }, [wanted]);
  // "Busy" means loading something other than what is wanted now (then the newest text waits),
  // not counting the early request while the rows still answer the state it was sent from. The
  // ref is read when the cache changes, not at render: the request starts after this render.
  const busy =
    useIsFetching({
      queryKey: baseKey,
      predicate: (q) => {
        const params = q.queryKey[q.queryKey.length - 1];
        const e = early.current;
        return params !== wanted && !(e && e.from === wanted && e.params === params);
      },
    }) > 0;
  const slow = useSlowFetching(baseKey, SLOW_MS);
  const apiParams = useSettledValue(wanted, busy);

  const result = useQuery({
    queryKey: keyOf(apiParams),
    queryFn: ({ signal }) => fetchPage(apiParams, signal),
    placeholderData: keepPreviousData,
    retry: RETRY,
  });

  const columnBySortKey = useMemo(() => Object.fromEntries(Object.entries(o.sortKeys).map(([col, key]) => [key, col])), [o.sortKeys]);
  const sorting: SortingState = columnBySortKey[query.sort] ? [{ id: columnBySortKey[query.sort]!, desc: query.dir === "desc" }] : [];
  const columnVisibility: VisibilityState = Object.fromEntries(query.hidden.map((id) => [id, false]));

  const table = useReactTable<TData>({
    data: result.data?.items ?? [],
    columns: o.columns,
    getRowId: o.getRowId,
    rowCount: result.data?.total ?? 0,
    state: { sorting, columnVisibility, pagination: { pageIndex: query.page - 1, pageSize: query.pageSize } },
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    // A second click on a sorted column flips it; it never goes back to "unsorted" (the API always sorts).
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = apply(updater, sorting)[0];
      const key = next && o.sortKeys[next.id];
      if (key) setQuery({ sort: key, dir: next.desc ? "desc" : "asc" });
    },
    onColumnVisibilityChange: (updater) => {
      const next = apply(updater, columnVisibility);
      setQuery({ hidden: Object.entries(next).filter(([, visible]) => !visible).map(([id]) => id) });
    },
    getCoreRowModel: getCoreRowModel(),
  });

  return {
    table,
    query,
    setQuery,
    setFilter,
    reset,
    result,
    /** For DataTable: busy once any load (also a change sent early, while the old rows still show) has taken SLOW_MS. */
    status: { isPending: result.isPending, isFetching: slow, isError: result.isError, error: result.error, refetch: result.refetch },
    /** The API parameters the rows on screen answer (null while older rows stand in). */
    shownParams: result.data && !result.isPlaceholderData ? apiParams : null,
    /** The filters as query-string, for the CSV link. */
    exportParams: toExportParams(query, config),
  };
}
