"use client";

import type { ColumnDef } from "@tanstack/react-table";

import "@/components/data-table/column-meta";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { AppUserList, AppUserView } from "@/lib/authz/app-users";
import { ScopeDialog } from "./scope-dialog";
import { scopeSummary } from "./scope-summary";
import { AdminList } from "./admin-list";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "Never");

function columns(data: AppUserList | undefined): ColumnDef<AppUserView, unknown>[] {
  const names = data?.tenants ?? {};
  return [
    {
      id: "person",
      header: "Person",
      cell: ({ row }) => (
        <div className="flex flex-col">
          <span className="font-medium">{row.original.name}</span>
          <span className="text-xs text-muted-foreground">{row.original.upn}</span>
        </div>
      ),
    },
    { id: "role", header: "Role", cell: ({ row }) => <Badge variant={row.original.role === "admin" ? "default" : "secondary"}>{ROLE_LABELS[row.original.role]}</Badge> },
    { id: "lastSignIn", header: "Last sign-in", cell: ({ row }) => when(row.original.lastSignInAt) },
    {
      id: "scope",
      header: "Tenant scope",
      meta: { className: "whitespace-normal" },
      cell: ({ row }) => scopeSummary(row.original.scope, names),
    },
    {
      id: "edit",
      header: () => <span className="sr-only">Actions</span>,
      meta: { className: "w-px text-right" },
      // Keyed by person: DataTable reuses rows by position, the dialog's state is this person's.
      cell: ({ row }) => <ScopeDialog key={row.original.id} person={row.original} names={names} />,
    },
  ];
}

const empty = (q: string) =>
  q ? { title: "Nobody matches", description: `No name or UPN contains “${q}”.` } : { title: "Nobody has signed in yet", description: "People appear here after their first sign-in." };

/** Everyone who has signed in, with their role (from Access) and tenant scope (edited here). */
export function PeopleTable() {
  return (
    <AdminList<AppUserView, AppUserList>
      queryKey="app-users"
      path="/api/v1/app-users"
      columns={columns}
      getRowId={(p) => p.id}
      searchLabel="Search by name or UPN"
      caption="People who have signed in to Tenantry"
      empty={empty}
    />
  );
}
