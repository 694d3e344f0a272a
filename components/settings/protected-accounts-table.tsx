"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { toast } from "sonner";

import "@/components/data-table/column-meta";
import { apiFetch } from "@/lib/api/client";
import type { listAllProtectedAccounts } from "@/lib/authz/protected-accounts";
import { ConfirmButton } from "./confirm-button";
import { AdminList } from "./admin-list";

type List = Awaited<ReturnType<typeof listAllProtectedAccounts>>;
type Row = List["items"][number];

const when = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: "medium" });

function RemoveButton({ row }: { row: Row }) {
  const queryClient = useQueryClient();
  const where = row.tenant.displayName ?? row.tenant.id;
  const remove = async () => {
    try {
      await apiFetch(`/api/v1/tenants/${encodeURIComponent(row.tenant.id)}/protected-accounts/${encodeURIComponent(row.id)}`, { method: "DELETE" });
      toast.success(`${row.account} is no longer protected in ${where}`);
      await queryClient.invalidateQueries({ queryKey: ["protected-accounts"] });
      return true;
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "Could not remove the account.");
      return false;
    }
  };
  return (
    <ConfirmButton
      label="Remove"
      aria-label={`Remove ${row.account} in ${where}`}
      title={`Stop protecting ${row.account}?`}
      description={`Technicians and the service desk can then act on this account in ${where} again, within their role.`}
      confirmLabel="Remove protection"
      onConfirm={remove}
    />
  );
}

const columns = (): ColumnDef<Row, unknown>[] => [
  { id: "tenant", header: "Tenant", cell: ({ row }) => <span className="font-medium">{row.original.tenant.displayName ?? row.original.tenant.id}</span> },
  { id: "account", header: "Account", cell: ({ row }) => <span className="font-mono text-xs">{row.original.account}</span> },
  { id: "reason", header: "Reason", meta: { className: "whitespace-normal" }, cell: ({ row }) => row.original.reason ?? <span className="text-muted-foreground">—</span> },
  {
    id: "added",
    header: "Added",
    cell: ({ row }) => (
      <>
        {when(row.original.createdAt)}
        {row.original.addedBy && <span className="block text-xs text-muted-foreground">by {row.original.addedBy}</span>}
      </>
    ),
  },
  { id: "remove", header: () => <span className="sr-only">Actions</span>, meta: { className: "w-px text-right" }, cell: ({ row }) => <RemoveButton key={row.original.id} row={row.original} /> }, // keyed: rows are reused by position
];

const empty = (q: string) =>
  q
    ? { title: "No protected account matches", description: `No account or reason contains “${q}”.` }
    : { title: "No protected accounts yet", description: "Accounts named like break-glass or emergency access are protected already; add any others below." };

/** Every tenant's protected accounts in one list. */
export function ProtectedAccountsTable() {
  return (
    <AdminList<Row, List>
      queryKey="protected-accounts"
      path="/api/v1/protected-accounts"
      columns={columns}
      getRowId={(r) => r.id}
      searchLabel="Search accounts and reasons"
      caption="Protected accounts in customer tenants"
      empty={empty}
      skeletonRows={3}
    />
  );
}
