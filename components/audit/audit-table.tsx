"use client";

import { useMemo, useState } from "react";
import { keepPreviousData, useInfiniteQuery, useIsFetching } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable, type VisibilityState } from "@tanstack/react-table";
import { LoaderCircle } from "lucide-react";

import { DataTable, type DataTableEmpty } from "@/components/data-table/data-table";
import { DataTableExport } from "@/components/data-table/data-table-export";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { useSettledValue } from "@/components/data-table/use-settled-value";
import { Button } from "@/components/ui/button";
import type { AuditEventView, AuditTenantOption } from "@/lib/audit/types";
import { auditExportHref, auditKeys, fetchAuditPage } from "./api";
import { AuditFilters } from "./audit-filters";
import { auditColumns } from "./columns";
import { AuditEventSheet } from "./event-sheet";
import { useAuditUrlState } from "./use-audit-url-state";
import { auditApiParams, hasAuditFilters } from "./url-state";

const count = new Intl.NumberFormat("en-US");

/** The audit log: filters in the URL, newest events first, older ones a click away (cursor paging). */
export function AuditTable({ tenants }: { tenants: AuditTenantOption[] }) {
  const { state, update, reset } = useAuditUrlState();
  const [open, setOpen] = useState<AuditEventView | null>(null);
  const busy = useIsFetching({ queryKey: auditKeys.lists() }) > 0;
  const apiParams = useSettledValue(auditApiParams(state), busy);

  const result = useInfiniteQuery({
    queryKey: auditKeys.list(apiParams),
    queryFn: ({ pageParam, signal }) => fetchAuditPage(apiParams, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    retry: 1,
  });
  const items = useMemo(() => result.data?.pages.flatMap((p) => p.items) ?? [], [result.data]);
  const columns = useMemo(() => auditColumns(setOpen), []);
  const columnVisibility: VisibilityState = Object.fromEntries(state.hidden.map((id) => [id, false]));

  const table = useReactTable<AuditEventView>({
    data: items,
    columns,
    getRowId: (e) => e.id,
    state: { columnVisibility },
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      update({ hidden: Object.entries(next).filter(([, visible]) => !visible).map(([id]) => id) });
    },
    manualFiltering: true,
    manualPagination: true,
    getCoreRowModel: getCoreRowModel(),
  });

  const filtered = hasAuditFilters(state);
  const empty: DataTableEmpty = filtered
    ? { title: "No audit events match", description: "Nothing matches the filters applied.", action: <Button variant="outline" size="sm" onClick={reset}>Clear filters</Button> }
    : { title: "No audit events yet", description: "Sign-ins, changes and refusals appear here as they happen." };

  return (
    <div className="flex flex-col gap-4">
      <DataTableToolbar
        label="Search and filter the audit log"
        search={<DataTableSearch label="Search targets" placeholder="Search targets…" value={state.q} onChange={(q) => update({ q })} />}
        filters={<AuditFilters state={state} update={update} tenants={tenants} />}
        isFiltered={filtered}
        onReset={reset}
      >
        <DataTableExport href={auditExportHref(apiParams)} />
        <DataTableViewOptions table={table} />
      </DataTableToolbar>
      <DataTable table={table} caption="Audit events, newest first" status={result} empty={empty} />
      {items.length > 0 && (
        <div className="flex items-center justify-between gap-3 text-sm text-muted-foreground">
          <span aria-live="polite">
            Showing {count.format(items.length)} {items.length === 1 ? "event" : "events"}
            {result.hasNextPage ? "" : " — that is all"}
          </span>
          {result.hasNextPage && (
            <Button variant="outline" size="sm" onClick={() => result.fetchNextPage()} disabled={result.isFetchingNextPage}>
              {result.isFetchingNextPage && <LoaderCircle className="animate-spin" aria-hidden="true" />}
              Load older events
            </Button>
          )}
        </div>
      )}
      <AuditEventSheet event={open} onOpenChange={(isOpen) => !isOpen && setOpen(null)} />
    </div>
  );
}
