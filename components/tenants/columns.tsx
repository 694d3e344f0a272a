"use client";

import type { ColumnDef } from "@tanstack/react-table";

import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import type { TenantRow } from "@/lib/tenants/types";
import { AccessCell, ConsentCell, GdapCell, LicencesCell, SyncedCell, TagsCell, TenantCell } from "./cells";
import { TenantRowActions } from "./row-actions";

export interface TenantColumnOptions {
  canEdit: boolean;
  onEdit: (tenant: TenantRow) => void;
}

// Sortable columns have an accessor (TanStack only sorts columns that have one) and an entry in
// TENANT_SORT_KEYS; the sorting itself happens on the server. Every column but the tenant's has a
// width (rem): the table is laid out fixed and the tenant column takes the rest (ColumnMeta.width).
export function tenantColumns({ canEdit, onEdit }: TenantColumnOptions): ColumnDef<TenantRow, unknown>[] {
  const columns: ColumnDef<TenantRow, unknown>[] = [
    {
      id: "tenant",
      accessorFn: (t) => t.displayName,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Tenant" />,
      cell: ({ row }) => <TenantCell tenant={row.original} />,
      enableHiding: false,
      meta: { label: "Tenant" },
    },
    {
      id: "gdap",
      accessorFn: (t) => t.gdap.endsAt,
      header: ({ column }) => <DataTableColumnHeader column={column} title="GDAP" />,
      cell: ({ row }) => <GdapCell gdap={row.original.gdap} />,
      meta: { label: "GDAP", width: 14 },
    },
    {
      id: "consent",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Consent" />,
      cell: ({ row }) => <ConsentCell consent={row.original.consent} />,
      enableSorting: false,
      meta: { label: "Consent", width: 7 },
    },
    {
      id: "access",
      accessorFn: (t) => t.access.status,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Access health" />,
      cell: ({ row }) => <AccessCell access={row.original.access} />,
      meta: { label: "Access health", width: 10 },
    },
    {
      id: "licences",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Licences" />,
      cell: ({ row }) => <LicencesCell licenses={row.original.licenses} />,
      enableSorting: false,
      meta: { label: "Licences", width: 7 },
    },
    {
      id: "tags",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Tags" />,
      cell: ({ row }) => <TagsCell tags={row.original.tags} />,
      enableSorting: false,
      meta: { label: "Tags", width: 8 },
    },
    {
      id: "syncedAt",
      accessorFn: (t) => t.syncedAt,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Last sync" />,
      cell: ({ row }) => <SyncedCell syncedAt={row.original.syncedAt} />,
      meta: { label: "Last sync", width: 7.5 },
    },
  ];
  if (canEdit) {
    columns.push({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      // Keyed by tenant, like every cell with state: rows are reused by position (DataTableRows).
      cell: ({ row }) => <TenantRowActions key={row.original.id} tenant={row.original} onEdit={onEdit} />,
      enableSorting: false,
      enableHiding: false,
      meta: { className: "text-right", width: 3 },
    });
  }
  return columns;
}
