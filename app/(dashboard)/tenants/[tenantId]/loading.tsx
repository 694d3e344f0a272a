import { Skeleton } from "@/components/ui/skeleton";

/** The overview's shape while it streams: header, diagnostics + relationships left, identity right. */
export default function TenantLoading() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6" data-testid="tenant-loading">
      <span className="sr-only">Loading tenant…</span>
      <div className="flex flex-col gap-2">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="h-8 w-72 max-w-full" />
        <Skeleton className="h-4 w-48" />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <Skeleton className="h-64" />
          <Skeleton className="h-48" />
        </div>
        <div className="flex flex-col gap-6">
          <Skeleton className="h-56" />
          <Skeleton className="h-32" />
        </div>
      </div>
    </div>
  );
}
