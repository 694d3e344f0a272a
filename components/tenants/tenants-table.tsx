"use client";

import { useCallback, useMemo, useState } from "react";
import Link from "next/link";

import { DataTable, type DataTableEmpty } from "@/components/data-table/data-table";
import { DataTableExport } from "@/components/data-table/data-table-export";
import { DataTableFacetedFilter, FacetCountsContext } from "@/components/data-table/data-table-faceted-filter";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { hasActiveFilters } from "@/components/data-table/url-state";
import { useServerTable } from "@/components/data-table/use-server-table";
import { Button } from "@/components/ui/button";
import { IconSprite } from "@/components/ui/sprite";
import type { Role } from "@/lib/auth/roles";
import type { TenantListResponse, TenantRow } from "@/lib/tenants/types";
import { exportHref, fetchTenantPage, tenantKeys } from "./api";
import { LIST_ICONS } from "./cells";
import { tenantColumns } from "./columns";
import { EditTenantDialog } from "./edit-tenant-dialog";
import { canOnTenants } from "./permissions";
import { useFirstSync } from "./use-first-sync";
import { ACCESS_OPTIONS, CONSENT_OPTIONS, GDAP_OPTIONS, TENANT_SORT_KEYS, TENANT_TABLE, facetOptions } from "./options";

const FACETS = [
  { key: "gdap", title: "GDAP", options: facetOptions(GDAP_OPTIONS) },
  { key: "consent", title: "Consent", options: facetOptions(CONSENT_OPTIONS) },
  { key: "access", title: "Access health", options: facetOptions(ACCESS_OPTIONS) },
] as const;

const LIST_KEY = tenantKeys.lists();
const rowHref = (t: TenantRow) => `/tenants/${t.id}`;

/** The customer list: one server-driven table whose whole state is the URL. */
export function TenantsTable({ role }: { role: Role }) {
  const isAdmin = role === "admin";
  const canEdit = canOnTenants(role, "edit");
  const [editing, setEditing] = useState<TenantRow | null>(null);
  const columns = useMemo(() => tenantColumns({ canEdit, onEdit: setEditing }), [canEdit]);
  const { table, query, setQuery, setFilter, reset, result, status, exportParams, shownParams } = useServerTable<TenantRow, TenantListResponse>({
    config: TENANT_TABLE,
    columns,
    baseKey: LIST_KEY,
    fetchPage: fetchTenantPage,
    sortKeys: TENANT_SORT_KEYS,
    getRowId: (t) => t.id,
  });
  const facets = result.data?.facets;
  const selected = query.filters;
  // The tag filter's options are the tags in use; as a string, so a new answer with the same tags
  // leaves the memoised filters alone.
  const tagNames = Object.keys(facets?.tags ?? {}).sort((a, b) => a.localeCompare(b)).join("\n");
  // Every piece around the rows is memoised on what it shows: each answer and each keystroke
  // re-renders this component, and only the rows (and the count) change with it. Counts reach
  // the filters through FacetCountsContext, so closed filters skip new counts.
  const filters = useMemo(() => {
    const tagOptions = tagNames ? tagNames.split("\n").map((tag) => ({ value: tag, label: tag })) : [];
    return (
      <>
        {FACETS.map((f) => (
          <DataTableFacetedFilter
            key={f.key}
            title={f.title}
            options={[...f.options]}
            facet={f.key}
            selected={selected[f.key] ?? []}
            onChange={(values) => setFilter(f.key, values)}
          />
        ))}
        {(tagOptions.length > 0 || !!selected.tag?.length) && (
          <DataTableFacetedFilter
            title="Tag"
            options={tagOptions}
            facet="tags"
            selected={selected.tag ?? []}
            onChange={(values) => setFilter("tag", values)}
          />
        )}
      </>
    );
  }, [tagNames, selected, setFilter]);
  const onSearch = useCallback((q: string) => setQuery({ q }), [setQuery]);
  const search = useMemo(
    () => <DataTableSearch label="Search tenants" placeholder="Search name, domain or alias…" value={query.q} onChange={onSearch} />,
    [query.q, onSearch],
  );
  const href = exportHref(exportParams);
  const exportLink = useMemo(() => <DataTableExport href={href} />, [href]);
  // query.hidden is a new array only when the columns change: the chooser shows their state.
  const columnChooser = useMemo(() => <DataTableViewOptions table={table} />, [table, query.hidden]);
  const total = result.data?.total;
  const pagination = useMemo(
    () => (
      <DataTablePagination
        page={query.page}
        pageSize={query.pageSize}
        total={total}
        pageSizes={TENANT_TABLE.pageSizes}
        noun="tenants"
        failed={result.isError}
        onPage={(page) => setQuery({ page })}
        onPageSize={(pageSize) => setQuery({ pageSize })}
      />
    ),
    [query.page, query.pageSize, total, result.isError, setQuery],
  );
  const dialog = useMemo(
    () => canEdit && <EditTenantDialog tenant={editing} onOpenChange={(open) => !open && setEditing(null)} />,
    [canEdit, editing],
  );
  const filtered = hasActiveFilters(query);
  const firstSync = useFirstSync(!filtered && result.data?.total === 0);

  // Three different empties: nothing matches this view (offer Reset), the first sync is still
  // running (say how far), nothing synced yet (offer setup).
  const empty: DataTableEmpty = filtered
    ? {
        title: "No tenants match this view",
        description: query.q ? `Nothing matches “${query.q}” with the filters applied.` : "No tenant matches the filters applied.",
        action: <Button variant="outline" size="sm" onClick={reset}>Clear search and filters</Button>,
      }
    : firstSync
      ? {
          title: "First sync running",
          description: `Reading your GDAP customers from Microsoft${firstSync.total ? `: ${firstSync.done} of ${firstSync.total} tenants so far` : ""}. They appear here when it finishes.`,
        }
      : {
          title: "No customer tenants yet",
          description: isAdmin
            ? "Tenants appear after the partner connection is set up and the first sync has run."
            : "Tenants appear after an admin connects the partner tenant and the first sync has run.",
          action: isAdmin ? <Button asChild variant="outline" size="sm"><Link href="/setup">Open partner connection setup</Link></Button> : undefined,
        };

  return (
    <div className="flex flex-col gap-4">
      <IconSprite icons={LIST_ICONS} />
      <FacetCountsContext value={facets}>
        <DataTableToolbar label="Search and filter tenants" search={search} filters={filters} isFiltered={filtered} onReset={reset}>
          {exportLink}
          {columnChooser}
        </DataTableToolbar>
      </FacetCountsContext>
      <DataTable table={table} caption="Customer tenants" status={status} empty={empty} rowHref={rowHref} shown={shownParams} />
      {pagination}
      {dialog}
    </div>
  );
}
