"use client";

import { useMemo, useState } from "react";
import { keepPreviousData, useIsFetching, useQuery } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";

import { DataTable, type DataTableEmpty } from "@/components/data-table/data-table";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { useSettledValue } from "@/components/data-table/use-settled-value";
import { apiFetch } from "@/lib/api/client";

/**
 * A small admin list (people, protected accounts): a search box the API answers (`?q=`), the whole
 * answer in one table with the shared loading, empty and error states, and at most one request in
 * flight while someone types (useSettledValue). `queryKey` is what writers invalidate.
 */
export function AdminList<TData, TResponse extends { items: TData[] }>(o: {
  queryKey: string;
  path: string;
  /** the columns, given the whole answer (for lookups it carries besides the rows) */
  columns: (data: TResponse | undefined) => ColumnDef<TData, unknown>[];
  getRowId: (row: TData) => string;
  searchLabel: string;
  caption: string;
  empty: (q: string) => DataTableEmpty;
  skeletonRows?: number;
}) {
  const [text, setText] = useState("");
  const busy = useIsFetching({ queryKey: [o.queryKey] }) > 0;
  const q = useSettledValue(text, busy);
  const result = useQuery({
    queryKey: [o.queryKey, q],
    queryFn: ({ signal }) => apiFetch<TResponse>(`${o.path}${q ? `?${new URLSearchParams({ q })}` : ""}`, { signal }),
    placeholderData: keepPreviousData,
    retry: 1,
  });
  const { columns } = o;
  const cols = useMemo(() => columns(result.data), [columns, result.data]);
  const table = useReactTable<TData>({ data: result.data?.items ?? [], columns: cols, getRowId: o.getRowId, getCoreRowModel: getCoreRowModel() });

  return (
    <div className="flex flex-col gap-4">
      <DataTableToolbar label={o.searchLabel} search={<DataTableSearch label={o.searchLabel} value={text} onChange={setText} />} isFiltered={!!text} onReset={() => setText("")} />
      <DataTable table={table} status={result} caption={o.caption} skeletonRows={o.skeletonRows ?? 4} empty={o.empty(q)} />
    </div>
  );
}
