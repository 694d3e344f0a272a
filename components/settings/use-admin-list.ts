"use client";

import { useMemo } from "react";
import { keepPreviousData, useIsFetching, useQuery } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";

import { useSettledValue } from "@/components/data-table/use-settled-value";
import { apiFetch } from "@/lib/api/client";

/**
 * A small admin list (people, protected accounts): the API filters by `q`, the whole answer fits one
 * table, and at most one request is in flight while someone types (useSettledValue).
 */
export function useAdminList<TData, TResponse extends { items: TData[] }>(o: {
  key: string;
  path: string;
  q: string;
  /** the columns, given the whole answer (for lookups it carries besides the rows) */
  columns: (data: TResponse | undefined) => ColumnDef<TData, unknown>[];
  getRowId: (row: TData) => string;
}) {
  const busy = useIsFetching({ queryKey: [o.key] }) > 0;
  const q = useSettledValue(o.q, busy);
  const result = useQuery({
    queryKey: [o.key, q],
    queryFn: ({ signal }) => apiFetch<TResponse>(`${o.path}${q ? `?${new URLSearchParams({ q })}` : ""}`, { signal }),
    placeholderData: keepPreviousData,
    retry: 1,
  });
  const { columns } = o;
  const cols = useMemo(() => columns(result.data), [columns, result.data]);
  const table = useReactTable<TData>({ data: result.data?.items ?? [], columns: cols, getRowId: o.getRowId, getCoreRowModel: getCoreRowModel() });
  return { table, result };
}
