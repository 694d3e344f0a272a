import type { Metadata } from "next";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";

import { parseTableQuery, toApiParams } from "@/components/data-table/url-state";
import { PageHeader } from "@/components/shell/page-header";
import { tenantKeys } from "@/components/tenants/api";
import { BulkActions } from "@/components/tenants/bulk-actions";
import { TENANT_TABLE } from "@/components/tenants/options";
import { canOnTenants } from "@/components/tenants/permissions";
import { TenantsTable } from "@/components/tenants/tenants-table";
import { requireActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { makeQueryClient } from "@/lib/query-client";
import { parseListParams } from "@/lib/tenants/list/params";
import { listTenants } from "@/lib/tenants/queries";
import { tenantScopeFor } from "@/lib/tenants/access";

export const metadata: Metadata = { title: "Tenants" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The customer list. The first page is fetched here, under the exact query key the browser will
 * use (midday's RSC prefetch + HydrationBoundary), so the table paints with rows instead of a
 * skeleton; every later page, search and filter is the browser talking to /api/v1/tenants.
 */
export default async function TenantsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const apiParams = toApiParams(parseTableQuery(await searchParams, TENANT_TABLE), TENANT_TABLE);
  const queryClient = makeQueryClient();
  // Same parser and scope as GET /api/v1/tenants; a failure here is left to the client query, which
  // retries and shows the table's error state rather than failing the whole page.
  await queryClient.prefetchQuery({
    queryKey: tenantKeys.list(apiParams),
    queryFn: async () => listTenants(prisma, (await tenantScopeFor(actor)), parseListParams(new URLSearchParams(apiParams))),
  });
  const canSync = canOnTenants(actor.role, "sync");
  const canDiagnose = canOnTenants(actor.role, "diagnose");
  return (
    <>
      <PageHeader
        title="Tenants"
        description="Every customer tenant you can reach through GDAP, with its relationship, consent and access health."
        actions={canSync || canDiagnose ? <BulkActions canSync={canSync} canDiagnose={canDiagnose} /> : undefined}
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <TenantsTable role={actor.role} />
      </HydrationBoundary>
    </>
  );
}
