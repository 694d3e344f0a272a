import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";

import { CurrentTenantMarker } from "@/components/shell/current-tenant";
import { TenantTabs } from "@/components/tenants/tenant-tabs";
import { tenantKeys } from "@/components/tenants/api";
import { makeQueryClient } from "@/lib/query-client";
import { resolveTenant } from "./resolve-tenant";

type Params = Promise<{ tenantId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const resolved = await resolveTenant((await params).tenantId);
  return { title: resolved ? resolved.tenant.displayName : "Tenant not found" };
}

/**
 * Everything under /tenants/[tenantId] happens inside this tenant: it is resolved here, seeded into
 * the query cache (pages read it with useQuery, no second fetch) and reported to the top bar's
 * switcher, so the technician always sees which customer they are in.
 */
export default async function TenantLayout({ params, children }: { params: Params; children: React.ReactNode }) {
  const resolved = await resolveTenant((await params).tenantId);
  if (!resolved) notFound();
  const { tenant } = resolved;
  const queryClient = makeQueryClient();
  queryClient.setQueryData(tenantKeys.detail(tenant.id), tenant);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <CurrentTenantMarker tenant={{ id: tenant.id, displayName: tenant.displayName, defaultDomain: tenant.defaultDomain }} />
      <div className="flex flex-col gap-6">
        <TenantTabs tenantId={tenant.id} />
        {children}
      </div>
    </HydrationBoundary>
  );
}
