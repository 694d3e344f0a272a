"use client";

import type { ColumnDef } from "@tanstack/react-table";

import "@/components/data-table/column-meta";
import type { UserRow } from "@/lib/microsoft/graph/user-reads";
import { AccountCell, LicensedCell, TextCell, UserCell, UserTypeCell } from "./cells";

/** The users list's columns, in the order a technician scans them; Graph decides the row order. */
export function userColumns(tenantId: string): ColumnDef<UserRow, unknown>[] {
  return [
    { id: "displayName", header: "Display name", meta: { label: "Display name" }, enableHiding: false, cell: ({ row }) => <UserCell tenantId={tenantId} user={row.original} /> },
    { id: "userPrincipalName", header: "User principal name", meta: { label: "User principal name" }, cell: ({ row }) => <TextCell value={row.original.userPrincipalName} /> },
    { id: "accountEnabled", header: "Sign-in", meta: { label: "Sign-in" }, cell: ({ row }) => <AccountCell enabled={row.original.accountEnabled} /> },
    { id: "licences", header: "Licences", meta: { label: "Licences" }, cell: ({ row }) => <LicensedCell count={row.original.licenceCount} /> },
    { id: "userType", header: "User type", meta: { label: "User type" }, cell: ({ row }) => <UserTypeCell userType={row.original.userType} /> },
    { id: "mail", header: "Mail", meta: { label: "Mail" }, cell: ({ row }) => <TextCell value={row.original.mail} /> },
    { id: "department", header: "Department", meta: { label: "Department" }, cell: ({ row }) => <TextCell value={row.original.department} /> },
  ];
}
