import { Skeleton } from "@/components/ui/skeleton";

/** A user page's shape while Graph answers: name, actions, two columns of cards. */
export function UserDetailSkeleton() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6" data-testid="user-loading">
      <span className="sr-only">Loading user…</span>
      <div className="flex flex-col gap-2">
        <Skeleton className="h-8 w-72 max-w-full" />
        <Skeleton className="h-4 w-56" />
        <Skeleton className="h-8 w-96 max-w-full" />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-80" />
        <Skeleton className="h-80" />
      </div>
    </div>
  );
}
