"use client";

import { X } from "lucide-react";

import { Button } from "@/components/ui/button";

/**
 * shadcn's toolbar layout: search and faceted filters on the left (with Reset once anything is
 * applied), view controls — column chooser, export — on the right. Slots, so each list composes
 * the same pieces in the same places.
 */
export function DataTableToolbar({
  label,
  search,
  filters,
  isFiltered,
  onReset,
  children,
}: {
  /** Names the search landmark, e.g. "Search and filter tenants". */
  label: string;
  search: React.ReactNode;
  filters?: React.ReactNode;
  isFiltered: boolean;
  onReset: () => void;
  /** Right-hand controls (export, column chooser). */
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      {/* A search landmark rather than role="toolbar", which would promise arrow-key navigation. */}
      <div role="search" aria-label={label} className="flex flex-1 flex-wrap items-center gap-2">
        {search}
        {filters}
        {isFiltered && (
          <Button variant="ghost" size="sm" className="h-8 px-2 lg:px-3" onClick={onReset}>
            Reset
            <X aria-hidden="true" />
          </Button>
        )}
      </div>
      <div className="flex items-center gap-2">{children}</div>
    </div>
  );
}
