"use client";

import { useIsFetching, useQuery } from "@tanstack/react-query";
import { Building2, History, Loader2 } from "lucide-react";

import { useSettledValue } from "@/components/data-table/use-settled-value";
import { searchTenants, tenantKeys } from "@/components/tenants/api";
import { CommandGroup, CommandItem } from "@/components/ui/command";
import { useRecentTenants, type TenantRef } from "./recent-tenants";

type Hit = TenantRef & { alias?: string | null };

function TenantItem({ tenant, matched, icon: Icon, onPick }: { tenant: Hit; matched: string; icon: typeof Building2; onPick: (t: TenantRef) => void }) {
  // The server already matched these (name, domains, alias); `matched` in the keywords keeps cmdk's
  // own fuzzy filter from hiding a hit it would not have found itself.
  return (
    <CommandItem value={`tenant ${tenant.id} ${tenant.displayName}`} keywords={[matched, tenant.defaultDomain ?? ""]} onSelect={() => onPick(tenant)}>
      <Icon aria-hidden="true" />
      <span className="truncate">{tenant.displayName}</span>
      {tenant.alias && <span className="truncate text-xs text-muted-foreground">({tenant.alias})</span>}
      {tenant.defaultDomain && <span className="ml-auto truncate pl-2 text-xs text-muted-foreground">{tenant.defaultDomain}</span>}
    </CommandItem>
  );
}

/**
 * The switcher half of the palette: recent tenants while the box is empty, the API's top 20 once
 * something is typed (at most one lookup in flight, as in the list). Results for older text are
 * never shown: Enter must not open a tenant that matched what was typed a moment ago.
 */
export function TenantCommands({ search, onPick }: { search: string; onPick: (tenant: TenantRef) => void }) {
  const recent = useRecentTenants();
  const q = search.trim();
  const busy = useIsFetching({ queryKey: ["tenants", "search"] }) > 0;
  const settled = useSettledValue(q, busy);
  const results = useQuery({
    queryKey: tenantKeys.search(settled),
    queryFn: ({ signal }) => searchTenants(settled, signal),
    enabled: settled.length > 0,
    staleTime: 30_000,
  });

  if (!q) {
    if (recent.length === 0) return null;
    return (
      <CommandGroup heading="Recent tenants">
        {recent.map((t) => (
          <TenantItem key={t.id} tenant={t} matched="" icon={History} onPick={onPick} />
        ))}
      </CommandGroup>
    );
  }
  const current = settled === q && results.isSuccess ? results.data : null;
  if (current?.length === 0) return null; // let "No results." speak when nothing else matches either
  return (
    <CommandGroup heading="Tenants">
      {current?.map((t) => (
        <TenantItem key={t.id} tenant={t} matched={q} icon={Building2} onPick={onPick} />
      ))}
      {!current && !results.isError && (
        <CommandItem disabled value={`searching tenants ${q}`} keywords={[q]}>
          <Loader2 className="animate-spin" aria-hidden="true" />
          Searching tenants…
        </CommandItem>
      )}
      {results.isError && settled === q && (
        <CommandItem disabled value={`tenant search failed ${q}`} keywords={[q]}>
          Tenant search failed: {results.error.message}
        </CommandItem>
      )}
    </CommandGroup>
  );
}
