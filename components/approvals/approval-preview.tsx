"use client";

import { useQuery } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import type { ActionPreview } from "@/lib/actions/body";
import { apiFetch } from "@/lib/api/client";

const show = (v: unknown) => (typeof v === "boolean" ? (v ? "Yes" : "No") : v === null || v === undefined || v === "" ? "—" : String(v));

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
  return (
    <div className="grid gap-2 text-sm" data-testid="approval-preview">
      {p.target && (
        <p>
          <span className="font-medium">{p.target.name}</span>
          {p.target.detail && <span className="text-muted-foreground"> · {p.target.detail}</span>}
        </p>
      )}
      {p.changes.length > 0 && (
        <ul className="grid gap-1">
          {p.changes.map((c) => (
            <li key={c.field}>
              {c.label}: <span className="text-muted-foreground">{show(c.before)}</span> → <span className="font-medium">{show(c.after)}</span>
            </li>
          ))}
        </ul>
      )}
      {p.notes.map((n) => <p key={n} className="text-muted-foreground">{n}</p>)}
    </div>
  );
}
