import { Skeleton } from "@/components/ui/skeleton";

/** A placeholder while a picker's data loads, announced to screen readers. */
export function Loading({ label, className }: { label: string; className: string }) {
  return (
    <div role="status">
      <Skeleton className={className} />
      <span className="sr-only">{label}</span>
    </div>
  );
}
