"use client";

import { useEffect, useRef, useState } from "react";

import { DataTableFacetedFilter } from "@/components/data-table/data-table-faceted-filter";
import { Input } from "@/components/ui/input";
import type { AuditTenantOption } from "@/lib/audit/types";
import { ACTION_OPTIONS, OUTCOME_OPTIONS } from "./actions";
import type { AuditUrlState } from "./url-state";

/** A compact free-text filter that owns what is typed and follows the URL when it changes elsewhere (Reset). */
function TextFilter({ label, placeholder, value, onChange, className }: { label: string; placeholder: string; value: string; onChange: (v: string) => void; className?: string }) {
  const [text, setText] = useState(value);
  const emitted = useRef(value);
  useEffect(() => {
    if (value !== emitted.current.trim()) {
      emitted.current = value;
      setText(value);
    }
  }, [value]);
  return (
    <Input
      type="search"
      aria-label={label}
      placeholder={placeholder}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        emitted.current = e.target.value;
        onChange(e.target.value.trim());
      }}
      className={className ?? "h-8 w-44"}
      autoComplete="off"
      spellCheck={false}
    />
  );
}

/** The audit log's filters: actor, tenant, action, outcome, UTC date range and ticket. */
export function AuditFilters({ state, update, tenants }: { state: AuditUrlState; update: (patch: Partial<AuditUrlState>) => void; tenants: AuditTenantOption[] }) {
  const tenantOptions = tenants.map((t) => ({ value: t.id, label: t.name }));
  return (
    <>
      <TextFilter label="Filter by actor" placeholder="Actor name or UPN…" value={state.actor} onChange={(actor) => update({ actor })} />
      {tenantOptions.length > 0 && (
        <DataTableFacetedFilter title="Tenant" options={tenantOptions} selected={state.tenant} onChange={(tenant) => update({ tenant })} />
      )}
      <DataTableFacetedFilter title="Action" options={ACTION_OPTIONS} selected={state.action} onChange={(action) => update({ action })} />
      <DataTableFacetedFilter title="Outcome" options={OUTCOME_OPTIONS} selected={state.outcome} onChange={(outcome) => update({ outcome })} />
      <div className="flex items-center gap-1">
        <Input type="date" aria-label="From date (UTC)" className="h-8 w-36" value={state.from} max={state.to || undefined} onChange={(e) => update({ from: e.target.value })} />
        <span className="text-sm text-muted-foreground" aria-hidden="true">–</span>
        <Input type="date" aria-label="To date (UTC, inclusive)" className="h-8 w-36" value={state.to} min={state.from || undefined} onChange={(e) => update({ to: e.target.value })} />
      </div>
      <TextFilter label="Filter by ticket" placeholder="Ticket…" value={state.ticket} onChange={(ticket) => update({ ticket })} className="h-8 w-32" />
    </>
  );
}
