"use client";

import { useMemo, useState } from "react";

import { DataTable, type DataTableEmpty } from "@/components/data-table/data-table";
import { DataTableExport } from "@/components/data-table/data-table-export";
import { DataTableLoadMore } from "@/components/data-table/data-table-load-more";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { useCursorTable } from "@/components/data-table/use-cursor-table";
import { Button } from "@/components/ui/button";
import type { AuditEventView, AuditPage, AuditTenantOption } from "@/lib/audit/types";
import { auditExportHref, auditKeys, fetchAuditPage } from "./api";
import { AuditFilters } from "./audit-filters";
import { auditColumns } from "./columns";
import { AuditEventSheet } from "./event-sheet";
import { useAuditUrlState } from "./use-audit-url-state";
import { auditApiParams, hasAuditFilters } from "./url-state";

const pageItems = (p: AuditPage) => p.items;
const pageCursor = (p: AuditPage) => p.nextCursor;

/** The audit log: filters in the URL, newest events first, older ones a click away (cursor paging). */
export function AuditTable({ tenants }: { tenants: AuditTenantOption[] }) {
  const { state, update, reset } = useAuditUrlState();
  const [open, setOpen] = useState<AuditEventView | null>(null);
  const columns = useMemo(() => auditColumns(setOpen), []);
  const { table, result, items, apiParams } = useCursorTable({
    baseKey: auditKeys.lists(),
    apiParams: auditApiParams(state),
    fetchPage: fetchAuditPage,
    items: pageItems,
    nextCursor: pageCursor,
    columns,
    getRowId: (e) => e.id,
    hidden: state.hidden,
    onHiddenChange: (hidden) => update({ hidden }),
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
      <DataTableLoadMore
        loaded={items.length}
        noun={["event", "events"]}
        hasMore={result.hasNextPage}
        loading={result.isFetchingNextPage}
        onLoadMore={() => result.fetchNextPage()}
        label="Load older events"
      />
      <AuditEventSheet event={open} onOpenChange={(isOpen) => !isOpen && setOpen(null)} />
    </div>
  );
}
