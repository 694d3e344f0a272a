"use client";

import { useCallback, useMemo } from "react";

import { DataTable, type DataTableEmpty } from "@/components/data-table/data-table";
import { DataTableExport } from "@/components/data-table/data-table-export";
import { DataTableFacetedFilter } from "@/components/data-table/data-table-faceted-filter";
import { DataTableLoadMore } from "@/components/data-table/data-table-load-more";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { hasActiveFilters } from "@/components/data-table/url-state";
import { useCsvHref } from "@/components/data-table/use-csv-href";
import { useCursorTable } from "@/components/data-table/use-cursor-table";
import { useTableUrlState } from "@/components/data-table/use-table-url-state";
import { facetOptions } from "@/components/tenants/options";
import { Button } from "@/components/ui/button";
import type { UserPage, UserRow } from "@/lib/microsoft/graph/user-reads";
import { fetchUserPage, userKeys } from "./api";
import { userHref } from "./cells";
import { userColumns } from "./columns";
import { USER_CSV_COLUMNS, usersCsvFilename } from "./csv";
import { USER_FACETS, USER_TABLE, userApiParams } from "./options";

const pageItems = (p: UserPage) => p.users;
const pageCursor = (p: UserPage) => p.nextCursor;

/** One tenant's users, read live from Graph: search and filters in the URL, more rows by cursor. */
export function UsersTable({ tenantId, tenantName }: { tenantId: string; tenantName: string }) {
  const { query, setQuery, setFilter, reset } = useTableUrlState(USER_TABLE);
  const columns = useMemo(() => userColumns(tenantId), [tenantId]);
  const fetchPage = useCallback((params: string, cursor: string | null, signal: AbortSignal) => fetchUserPage(tenantId, params, cursor, signal), [tenantId]);
  const { table, result, items } = useCursorTable({
    baseKey: userKeys.lists(tenantId),
    apiParams: userApiParams(query),
    fetchPage,
    items: pageItems,
    nextCursor: pageCursor,
    columns,
    getRowId: (u) => u.id,
    hidden: query.hidden,
    onHiddenChange: (hidden) => setQuery({ hidden }),
  });
  const csvHref = useCsvHref<UserRow>(items, USER_CSV_COLUMNS);

  const filtered = hasActiveFilters(query);
  const empty: DataTableEmpty = filtered
    ? {
        title: "No users match",
        description: query.q ? `No user's name, user principal name or mail matches “${query.q}” with the filters applied.` : "No user matches the filters applied.",
        action: <Button variant="outline" size="sm" onClick={reset}>Clear search and filters</Button>,
      }
    : { title: "No users in this tenant", description: "Microsoft returned no users for this tenant." };

  return (
    <div className="flex flex-col gap-4">
      <DataTableToolbar
        label="Search and filter users"
        search={<DataTableSearch label="Search users" placeholder="Search name, UPN or mail…" value={query.q} onChange={(q) => setQuery({ q })} />}
        filters={USER_FACETS.map((f) => (
          <DataTableFacetedFilter
            key={f.key}
            title={f.title}
            options={facetOptions<string>(f.options)}
            selected={query.filters[f.key] ?? []}
            onChange={(values) => setFilter(f.key, values)}
            multiple={false}
          />
        ))}
        isFiltered={filtered}
        onReset={reset}
      >
        {csvHref && items.length > 0 && <DataTableExport href={csvHref} filename={usersCsvFilename(tenantName)} />}
        <DataTableViewOptions table={table} />
      </DataTableToolbar>
      <DataTable table={table} caption={`Users in ${tenantName}`} status={result} empty={empty} rowHref={(u) => userHref(tenantId, u.id)} />
      <DataTableLoadMore
        loaded={items.length}
        noun={["user", "users"]}
        hasMore={result.hasNextPage}
        loading={result.isFetchingNextPage}
        onLoadMore={() => result.fetchNextPage()}
      />
    </div>
  );
}
