import { RotateCw, SearchX, TriangleAlert } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { TableCell, TableRow } from "@/components/ui/table";

/** Skeleton rows shaped like the real ones, so the first load does not jump when data arrives. */
export function SkeletonRows({ columns, rows }: { columns: number; rows: number }) {
  return Array.from({ length: rows }, (_, r) => (
    <TableRow key={r} aria-hidden="true" data-testid="table-skeleton-row" className="hover:bg-transparent">
      {Array.from({ length: columns }, (_, c) => (
        <TableCell key={c} className="py-3">
          <Skeleton className={c === 0 ? "h-4 w-40" : "h-4 w-20"} />
        </TableCell>
      ))}
    </TableRow>
  ));
}

/** One full-width cell for the empty and error states, so they stay inside the table's frame. */
function FullRow({ columns, children }: { columns: number; children: React.ReactNode }) {
  return (
    <TableRow className="hover:bg-transparent">
      <TableCell colSpan={columns} className="h-48 whitespace-normal text-center">
        <div className="mx-auto flex max-w-md flex-col items-center gap-3">{children}</div>
      </TableCell>
    </TableRow>
  );
}

export function EmptyRow({ columns, title, description, action }: { columns: number; title: string; description?: React.ReactNode; action?: React.ReactNode }) {
  return (
    <FullRow columns={columns}>
      <SearchX className="size-8 text-muted-foreground" aria-hidden="true" />
      <p className="font-medium" data-testid="table-empty">{title}</p>
      {description && <p className="text-sm text-muted-foreground">{description}</p>}
      {action}
    </FullRow>
  );
}

export function ErrorRow({ columns, message, onRetry }: { columns: number; message: string; onRetry: () => void }) {
  return (
    <FullRow columns={columns}>
      <TriangleAlert className="size-8 text-destructive" aria-hidden="true" />
      <div role="alert" className="flex flex-col gap-1" data-testid="table-error">
        <p className="font-medium">The list could not be loaded</p>
        <p className="text-sm text-muted-foreground">{message}</p>
      </div>
      <Button variant="outline" size="sm" onClick={onRetry}>
        <RotateCw aria-hidden="true" />
        Try again
      </Button>
    </FullRow>
  );
}
