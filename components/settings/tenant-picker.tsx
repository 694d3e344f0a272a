"use client";

import { useState } from "react";
import { keepPreviousData, useIsFetching, useQuery } from "@tanstack/react-query";
import { Loader2, Plus, X } from "lucide-react";

import { useSettledValue } from "@/components/data-table/use-settled-value";
import { searchTenants, tenantKeys } from "@/components/tenants/api";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export interface PickedTenant {
  id: string;
  displayName: string;
}

/**
 * Picks customer tenants by searching the tenant list API (name, domain or alias). `single` keeps one
 * pick; otherwise each pick is added to the list shown as removable badges.
 */
export function TenantPicker({ id, value, onChange, single, invalid }: { id: string; value: PickedTenant[]; onChange: (next: PickedTenant[]) => void; single?: boolean; invalid?: boolean }) {
  const [text, setText] = useState("");
  const q = text.trim();
  const busy = useIsFetching({ queryKey: ["tenants", "search"] }) > 0;
  const settled = useSettledValue(q, busy);
  const results = useQuery({ queryKey: tenantKeys.search(settled), queryFn: ({ signal }) => searchTenants(settled, signal), enabled: settled.length > 0, placeholderData: keepPreviousData });
  const picked = new Set(value.map((t) => t.id));
  const hits = q ? (results.data ?? []).filter((t) => !picked.has(t.id)).slice(0, 8) : [];

  const pick = (t: PickedTenant) => {
    onChange(single ? [t] : [...value, t]);
    setText("");
  };

  return (
    <div className="flex flex-col gap-2">
      {value.length > 0 && (
        <ul aria-label="Chosen tenants" className="flex flex-wrap gap-1.5">
          {value.map((t) => (
            <li key={t.id}>
              <Badge variant="secondary" className="gap-1 pr-0.5">
                {t.displayName}
                <button type="button" onClick={() => onChange(value.filter((v) => v.id !== t.id))} aria-label={`Remove ${t.displayName}`} className="rounded-sm p-0.5 hover:bg-background/60 focus-visible:outline-2">
                  <X className="size-3" aria-hidden="true" />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <Input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Search tenants by name or domain…" autoComplete="off" aria-invalid={invalid || undefined} />
      {q && (
        <div aria-live="polite" className="rounded-md border">
          {results.isError ? (
            <p className="p-2 text-sm text-destructive">Tenant search failed: {results.error.message}</p>
          ) : settled !== q || results.isFetching ? (
            <p className="flex items-center gap-2 p-2 text-sm text-muted-foreground"><Loader2 className="size-4 animate-spin" aria-hidden="true" />Searching tenants…</p>
          ) : hits.length === 0 ? (
            <p className="p-2 text-sm text-muted-foreground">No tenant matches “{q}”.</p>
          ) : (
            <ul aria-label="Matching tenants" className="max-h-56 overflow-y-auto p-1">
              {hits.map((t) => (
                <li key={t.id}>
                  <Button type="button" variant="ghost" size="sm" className="w-full justify-start" onClick={() => pick(t)} aria-label={`Choose ${t.displayName}`}>
                    <Plus aria-hidden="true" />
                    <span className="truncate">{t.displayName}</span>
                    {t.defaultDomain && <span className="ml-auto truncate text-xs text-muted-foreground">{t.defaultDomain}</span>}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
