import type { Metadata } from "next";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";

import { AUDIT_PAGE_SIZE, auditKeys } from "@/components/audit/api";
import { AuditTable } from "@/components/audit/audit-table";
import { auditApiParams, parseAuditUrl } from "@/components/audit/url-state";
import { VerifyIntegrity } from "@/components/audit/verify-integrity";
import { PageHeader } from "@/components/shell/page-header";
import { parseAuditPage } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/queries";
import { auditScopeFor, auditTenantOptions } from "@/lib/audit/scope";
import { requireActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { makeQueryClient } from "@/lib/query-client";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Who did what, where, and with which outcome. The first page is fetched here under the key the
 * browser will use, so the table paints with rows; filters and older pages are the browser talking
 * to /api/v1/audit. Bad filters in a hand-edited URL fail the prefetch quietly and the table shows
 * the API's 400 message.
 */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const scope = await auditScopeFor(prisma, actor);
  const apiParams = auditApiParams(parseAuditUrl(await searchParams));
  const queryClient = makeQueryClient();
  const [tenants] = await Promise.all([
    auditTenantOptions(prisma, scope),
    queryClient.prefetchInfiniteQuery({
      queryKey: auditKeys.list(apiParams),
      queryFn: () => {
        const params = new URLSearchParams(apiParams);
        params.set("limit", String(AUDIT_PAGE_SIZE));
        return listAuditEvents(prisma, scope, parseAuditPage(params));
      },
      initialPageParam: null as string | null,
    }),
  ]);
  const isAdmin = actor.role === "admin";
  return (
    <>
      <PageHeader
        title="Audit log"
        description={
          isAdmin
            ? "Every sign-in, change and refusal in Tenantry, with who did it, where, and the ticket. Times are UTC."
            : "Changes in the customer tenants you can reach, and your own sign-ins. Times are UTC."
        }
        actions={isAdmin ? <VerifyIntegrity /> : undefined}
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <AuditTable tenants={tenants} />
      </HydrationBoundary>
    </>
  );
}
