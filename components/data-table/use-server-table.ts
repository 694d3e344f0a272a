"use client";

import { useCallback, useMemo } from "react";
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

  // Sent from the event handler itself when nothing else is loading; the URL state commits the
  // change when this answers (see useTableUrlState), so the rows arrive with a single render.
  const sendEarly = useCallback(
    (next: TableQuery) => {
      const params = toApiParams(next, config);
      if (queryClient.isFetching({ queryKey: baseKey, predicate: isOther(params) }) > 0) return;
      return queryClient.prefetchQuery({ queryKey: keyOf(params), queryFn: ({ signal }) => fetchPage(params, signal), retry: RETRY });
    },
    [queryClient, config, baseKey, keyOf, fetchPage],
  );
  const { query, setQuery, setFilter, reset } = useTableUrlState(config, sendEarly);
  const wanted = toApiParams(query, config);
  // "Busy" means loading something other than what is wanted now: then the newest text waits.
  const busy = useIsFetching({ queryKey: baseKey, predicate: isOther(wanted) }) > 0;
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
    /** For DataTable: "fetching" also while a change sent early is in flight (the old rows still show). */
    status: { isPending: result.isPending, isFetching: result.isFetching || busy, isError: result.isError, error: result.error, refetch: result.refetch },
    /** The API parameters the rows on screen answer (null while older rows stand in). */
    shownParams: result.data && !result.isPlaceholderData ? apiParams : null,
    /** The filters as query-string, for the CSV link. */
    exportParams: toExportParams(query, config),
  };
}
