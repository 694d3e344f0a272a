"use client";

import { useMemo } from "react";
import { keepPreviousData, useInfiniteQuery, useIsFetching, type QueryKey } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable, type ColumnDef, type VisibilityState } from "@tanstack/react-table";

import { useSettledValue } from "./use-settled-value";

export interface CursorTableOptions<TData, TPage> {
  /** Prefix of every list query key; the full key is [...baseKey, apiParams]. */
  baseKey: QueryKey;
  /** The filters as a query string; a change starts a new list from its first page. */
  apiParams: string;
  fetchPage: (apiParams: string, cursor: string | null, signal: AbortSignal) => Promise<TPage>;
  items: (page: TPage) => TData[];
  nextCursor: (page: TPage) => string | null;
  columns: ColumnDef<TData, unknown>[];
  getRowId: (row: TData) => string;
  /** Column ids hidden with the column chooser (held in the URL by the caller). */
  hidden: string[];
  onHiddenChange: (hidden: string[]) => void;
}

/**
 * A list the server pages by cursor ("Load more"): TanStack's infinite query under the list's key,
 * the loaded pages flattened into one TanStack Table. While one request is in flight newer filters
 * wait (useSettledValue), and the old rows stay on screen until the new first page lands.
 */
export function useCursorTable<TData, TPage>(o: CursorTableOptions<TData, TPage>) {
  const busy = useIsFetching({ queryKey: o.baseKey }) > 0;
  const apiParams = useSettledValue(o.apiParams, busy);
  const result = useInfiniteQuery({
    queryKey: [...o.baseKey, apiParams],
    queryFn: ({ pageParam, signal }) => o.fetchPage(apiParams, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: o.nextCursor,
    placeholderData: keepPreviousData,
    retry: 1,
  });
  const { items: itemsOf } = o;
  const items = useMemo(() => result.data?.pages.flatMap(itemsOf) ?? [], [result.data, itemsOf]);
  const columnVisibility: VisibilityState = Object.fromEntries(o.hidden.map((id) => [id, false]));

  const table = useReactTable<TData>({
    data: items,
    columns: o.columns,
    getRowId: o.getRowId,
    state: { columnVisibility },
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      o.onHiddenChange(Object.entries(next).filter(([, visible]) => !visible).map(([id]) => id));
    },
    manualFiltering: true,
    manualPagination: true,
    getCoreRowModel: getCoreRowModel(),
  });

  return { table, result, items, apiParams };
}
