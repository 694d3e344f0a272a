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
// TENANT_SORT_KEYS; the sorting itself happens on the server.
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
      meta: { label: "GDAP" },
    },
    {
      id: "consent",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Consent" />,
      cell: ({ row }) => <ConsentCell consent={row.original.consent} />,
      enableSorting: false,
      meta: { label: "Consent" },
    },
    {
      id: "access",
      accessorFn: (t) => t.access.status,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Access health" />,
      cell: ({ row }) => <AccessCell access={row.original.access} />,
      meta: { label: "Access health" },
    },
    {
      id: "licences",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Licences" />,
      cell: ({ row }) => <LicencesCell licenses={row.original.licenses} />,
      enableSorting: false,
      meta: { label: "Licences" },
    },
    {
      id: "tags",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Tags" />,
      cell: ({ row }) => <TagsCell tags={row.original.tags} />,
      enableSorting: false,
      meta: { label: "Tags" },
    },
    {
      id: "syncedAt",
      accessorFn: (t) => t.syncedAt,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Last sync" />,
      cell: ({ row }) => <SyncedCell syncedAt={row.original.syncedAt} />,
      meta: { label: "Last sync" },
    },
  ];
  if (canEdit) {
    columns.push({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => <TenantRowActions tenant={row.original} onEdit={onEdit} />,
      enableSorting: false,
      enableHiding: false,
      meta: { className: "w-10 text-right" },
    });
  }
  return columns;
}
