"use client";

import { LoaderCircle } from "lucide-react";

import { Button } from "@/components/ui/button";

const count = new Intl.NumberFormat("en-US");

/** The footer of a cursor-paged list: how many rows are loaded, and the next page one click away. */
export function DataTableLoadMore({
  loaded,
  noun,
  hasMore,
  loading,
  onLoadMore,
  label = "Load more",
}: {
  loaded: number;
  /** singular and plural, e.g. ["user", "users"] */
  noun: readonly [string, string];
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  label?: string;
}) {
  if (loaded === 0) return null;
  return (
    <div className="flex items-center justify-between gap-3 text-sm text-muted-foreground">
      <span aria-live="polite" data-testid="table-count">
        Showing {count.format(loaded)} {loaded === 1 ? noun[0] : noun[1]}
        {hasMore ? "" : " — that is all"}
      </span>
      {hasMore && (
        <Button variant="outline" size="sm" onClick={onLoadMore} disabled={loading}>
          {loading && <LoaderCircle className="animate-spin" aria-hidden="true" />}
          {label}
        </Button>
      )}
    </div>
  );
}
