"use client";

import { useQuery } from "@tanstack/react-query";

import { Badge } from "@/components/ui/badge";
import { approvalKeys, fetchApprovals } from "./api";

/** The sidebar's count of requests waiting for the signed-in person (not their own); the Approvals page shares the query. */
export function PendingApprovalsBadge() {
  const { data } = useQuery({ queryKey: approvalKeys.list("pending"), queryFn: ({ signal }) => fetchApprovals("pending", signal), staleTime: 60_000, retry: false });
  const waiting = data?.items.filter((a) => a.canApprove).length ?? 0;
  if (!waiting) return null;
  return (
    <Badge variant="secondary" className="ml-auto tabular-nums" data-testid="pending-approvals">
      {waiting}
      <span className="sr-only"> waiting for you</span>
    </Badge>
  );
}
