import type { Metadata } from "next";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";

import { approvalKeys, parseApprovalFilter } from "@/components/approvals/api";
import { ApprovalsTable } from "@/components/approvals/approvals-table";
import { PageHeader } from "@/components/shell/page-header";
import { listApprovals } from "@/lib/actions/approval-list";
import { requireActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { makeQueryClient } from "@/lib/query-client";

export const metadata: Metadata = { title: "Approvals" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Four-eyes requests: the first list is fetched here under the key the browser uses, so the table
 * paints with rows; a failure is left to the client query, which shows the table's error state.
 */
export default async function ApprovalsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const status = parseApprovalFilter((await searchParams).status);
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({ queryKey: approvalKeys.list(status), queryFn: () => listApprovals(prisma, actor, { status }) });
  return (
    <>
      <PageHeader
        title="Approvals"
        description="Actions that need a second person: approve one and it runs as the person who asked, with both names in the audit log. Requests expire after 24 hours."
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ApprovalsTable />
      </HydrationBoundary>
    </>
  );
}
