"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { PanelRight } from "lucide-react";

import "@/components/data-table/column-meta";
import { Dash, TimeCell } from "@/components/audit/cells";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ApprovalListItem } from "@/lib/actions/approval-view";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatIn, STATUS_UI } from "./format";

type Item = ApprovalListItem;

export function StatusBadge({ status }: { status: Item["status"] }) {
  return <Badge variant={STATUS_UI[status].tone}>{STATUS_UI[status].label}</Badge>;
}

const Truncated = ({ text }: { text: string | null }) =>
  text ? <span className="block max-w-64 truncate" title={text}>{text}</span> : <Dash />;

/** The approvals table's columns; `onOpen` shows one request in the review sheet. */
export function approvalColumns(onOpen: (item: Item) => void): ColumnDef<Item, unknown>[] {
  return [
    { id: "action", header: "Action", meta: { label: "Action" }, enableHiding: false, cell: ({ row }) => <span className="whitespace-nowrap font-medium">{row.original.title}</span> },
    { id: "tenant", header: "Tenant", meta: { label: "Tenant" }, cell: ({ row }) => <span className="whitespace-nowrap">{row.original.tenant.name ?? row.original.tenant.id}</span> },
    { id: "target", header: "Target", meta: { label: "Target" }, cell: ({ row }) => <Truncated text={row.original.target} /> },
    {
      id: "requester",
      header: "Requested by",
      meta: { label: "Requested by" },
      cell: ({ row }) => (
        <div className="flex min-w-32 flex-col gap-1">
          <span>{row.original.requestedBy.name}</span>
          <div className="flex gap-1">
            {row.original.requestedBy.type === "api_key" && <Badge variant="outline">API key</Badge>}
            <Badge variant="secondary">{ROLE_LABELS[row.original.requestedBy.role]}</Badge>
          </div>
        </div>
      ),
    },
    { id: "reason", header: "Reason", meta: { label: "Reason" }, cell: ({ row }) => <Truncated text={row.original.reason} /> },
    { id: "requested", header: "Requested", meta: { label: "Requested" }, cell: ({ row }) => <TimeCell at={row.original.createdAt} /> },
    {
      id: "expires",
      header: "Expires",
      meta: { label: "Expires" },
      cell: ({ row }) =>
        row.original.status === "pending" ? (
          <span className="whitespace-nowrap" suppressHydrationWarning>{formatIn(row.original.expiresAt)}</span>
        ) : (
          <StatusBadge status={row.original.status} />
        ),
    },
    {
      id: "review",
      header: () => <span className="sr-only">Review</span>,
      meta: { label: "Review", className: "w-px text-right" },
      enableHiding: false,
      cell: ({ row }) => (
        <Button variant="ghost" size="sm" onClick={() => onOpen(row.original)} aria-label={`Review ${row.original.title} for ${row.original.target ?? row.original.tenant.name ?? "the tenant"}`}>
          <PanelRight aria-hidden="true" />
          Review
        </Button>
      ),
    },
  ];
}
