import { Skeleton } from "@/components/ui/skeleton";

/** The users list's shape while the page streams: header, toolbar, rows. */
export default function UsersLoading() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-4" data-testid="users-loading">
      <span className="sr-only">Loading users…</span>
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-8 w-80 max-w-full" />
      <Skeleton className="h-96" />
    </div>
  );
}
