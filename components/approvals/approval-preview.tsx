"use client";

import { useQuery } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";

import { PreviewBody } from "@/components/actions/preview-changes";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import type { ActionPreview } from "@/lib/actions/body";
import { apiFetch } from "@/lib/api/client";

/** The dry run of a pending request, read from the tenant now: who it touches and what would change. */
export function ApprovalPreview({ id }: { id: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: ["approvals", "preview", id],
    queryFn: ({ signal }) => apiFetch<{ preview: ActionPreview | null }>(`/api/v1/approvals/${encodeURIComponent(id)}/preview`, { signal }),
    retry: false,
    staleTime: 0,
  });
  if (isPending) return <Skeleton className="h-16 w-full" aria-label="Checking the tenant…" role="status" />;
  if (error) {
    return (
      <Alert variant="destructive">
        <TriangleAlert aria-hidden="true" />
        <AlertTitle>The preview was refused</AlertTitle>
        <AlertDescription>{error.message} Approving would fail the same way unless the tenant changes.</AlertDescription>
      </Alert>
    );
  }
  const p = data?.preview;
  if (!p) return <p className="text-sm text-muted-foreground">This action has no preview.</p>;
  return <PreviewBody preview={p} testId="approval-preview" />;
}
