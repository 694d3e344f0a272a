"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { PanelRight } from "lucide-react";

import "@/components/data-table/column-meta";
import { Button } from "@/components/ui/button";
import type { AuditEventView } from "@/lib/audit/types";
import { actionUi } from "./actions";
import { ActionCell, ActorCell, Dash, OutcomeBadge, TenantCell, TimeCell } from "./cells";

/** The audit table's columns; `onOpen` shows one event in the details drawer. */
export function auditColumns(onOpen: (event: AuditEventView) => void): ColumnDef<AuditEventView, unknown>[] {
  return [
    { id: "time", header: "Time", meta: { label: "Time" }, enableHiding: false, cell: ({ row }) => <TimeCell at={row.original.at} /> },
    { id: "actor", header: "Actor", meta: { label: "Actor" }, cell: ({ row }) => <ActorCell actor={row.original.actor} /> },
    { id: "tenant", header: "Tenant", meta: { label: "Tenant" }, cell: ({ row }) => <TenantCell tenant={row.original.tenant} /> },
    { id: "action", header: "Action", meta: { label: "Action" }, cell: ({ row }) => <ActionCell action={row.original.action} /> },
    {
      id: "target",
      header: "Target",
      meta: { label: "Target" },
      cell: ({ row }) =>
        row.original.target ? (
          <span className="block max-w-64 truncate" title={row.original.target}>{row.original.target}</span>
        ) : (
          <Dash />
        ),
    },
    { id: "outcome", header: "Outcome", meta: { label: "Outcome" }, cell: ({ row }) => <OutcomeBadge outcome={row.original.outcome} /> },
    {
      id: "ticket",
      header: "Ticket",
      meta: { label: "Ticket" },
      cell: ({ row }) => (row.original.ticket ? <span className="font-mono text-xs">{row.original.ticket}</span> : <Dash />),
    },
    {
      id: "details",
      header: () => <span className="sr-only">Details</span>,
      meta: { label: "Details", className: "w-px text-right" },
      enableHiding: false,
      cell: ({ row }) => (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => onOpen(row.original)}
          aria-label={`Details of event ${row.original.id}: ${actionUi(row.original.action).label}`}
        >
          <PanelRight aria-hidden="true" />
          Details
        </Button>
      ),
    },
  ];
}
