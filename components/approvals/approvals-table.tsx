"use client";

import { useMemo, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getCoreRowModel, getFilteredRowModel, useReactTable, type VisibilityState } from "@tanstack/react-table";

import { DataTable, type DataTableEmpty } from "@/components/data-table/data-table";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import type { ApprovalListItem } from "@/lib/actions/approval-view";
import { APPROVAL_FILTERS, approvalKeys, fetchApprovals, type ApprovalFilter } from "./api";
import { ApprovalSheet } from "./approval-sheet";
import { approvalColumns } from "./columns";
import { useApprovalsUrlState } from "./use-approvals-url-state";

const FILTER_LABELS: Record<ApprovalFilter, string> = { pending: "Pending", approved: "Approved", rejected: "Rejected", expired: "Expired", all: "All" };

const searchable = (a: ApprovalListItem) => [a.title, a.tenant.name, a.tenant.id, a.target, a.requestedBy.name, a.reason, a.input.ticket].filter(Boolean).join(" ").toLowerCase();

/** Approval requests the caller can decide or asked for; the API returns at most 200, so search runs here. */
export function ApprovalsTable() {
  const { state, update, reset } = useApprovalsUrlState();
  const [openId, setOpenId] = useState<string | null>(null);
  const [hidden, setHidden] = useState<VisibilityState>({});
  const result = useQuery({
    queryKey: approvalKeys.list(state.status),
    queryFn: ({ signal }) => fetchApprovals(state.status, signal),
    placeholderData: keepPreviousData,
    retry: 1,
  });
  const items = useMemo(() => result.data?.items ?? [], [result.data]);
  const columns = useMemo(() => approvalColumns((item) => setOpenId(item.id)), []);
  const table = useReactTable<ApprovalListItem>({
    data: items,
    columns,
    getRowId: (a) => a.id,
    state: { globalFilter: state.q, columnVisibility: hidden },
    onColumnVisibilityChange: setHidden,
    globalFilterFn: (row, _id, q: string) => searchable(row.original).includes(q.toLowerCase()),
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  const filtered = state.status !== "pending" || state.q !== "";
  const empty: DataTableEmpty = state.q
    ? { title: "No requests match", description: "Nothing matches the search.", action: <Button variant="outline" size="sm" onClick={reset}>Clear filters</Button> }
    : state.status === "pending"
      ? { title: "Nothing waiting for approval", description: "Actions that need a second person's approval appear here until someone decides them or they expire (after 24 hours)." }
      : { title: `No ${FILTER_LABELS[state.status].toLowerCase()} requests`, description: "Choose another status to see more." };

  return (
    <div className="flex flex-col gap-4">
      <DataTableToolbar
        label="Search and filter approval requests"
        search={<DataTableSearch label="Search requests" placeholder="Search action, tenant, target, person…" value={state.q} onChange={(q) => update({ q })} />}
        filters={
          <NativeSelect aria-label="Status" className="h-8 w-36" value={state.status} onChange={(e) => update({ status: e.target.value as ApprovalFilter })}>
            {APPROVAL_FILTERS.map((s) => <option key={s} value={s}>{FILTER_LABELS[s]}</option>)}
          </NativeSelect>
        }
        isFiltered={filtered}
        onReset={reset}
      >
        <DataTableViewOptions table={table} />
      </DataTableToolbar>
      <DataTable table={table} caption="Approval requests, newest first" status={result} empty={empty} shown={result.isPlaceholderData ? null : state.status} skeletonRows={5} />
      <ApprovalSheet item={items.find((a) => a.id === openId) ?? null} onOpenChange={(open) => !open && setOpenId(null)} />
    </div>
  );
}
