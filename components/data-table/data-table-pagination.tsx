"use client";

import { useId } from "react";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";

import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";

const fmt = new Intl.NumberFormat("en-US");

export function DataTablePagination({
  page,
  pageSize,
  total,
  pageSizes,
  noun,
  failed = false,
  onPage,
  onPageSize,
}: {
  page: number;
  pageSize: number;
  total: number | undefined;
  pageSizes: readonly number[];
  /** Plural noun for the count, e.g. "tenants". */
  noun: string;
  /** The page could not be loaded: say nothing rather than "Loading…" forever. */
  failed?: boolean;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const sizeId = useId();
  const pageCount = total === undefined ? 1 : Math.max(1, Math.ceil(total / pageSize));
  const from = total ? (page - 1) * pageSize + 1 : 0;
  const to = total ? Math.min(page * pageSize, total) : 0;
  return (
    <div className="flex flex-col-reverse items-center justify-between gap-3 px-1 sm:flex-row">
      {/* Announced politely so a screen-reader user hears the result of each search or filter. */}
      <p className="text-sm text-muted-foreground" aria-live="polite" aria-atomic="true" data-testid="table-count">
        {failed && total === undefined ? "" : total === undefined ? "Loading…" : total === 0 ? `No ${noun}` : `${fmt.format(from)}–${fmt.format(to)} of ${fmt.format(total)} ${noun}`}
      </p>
      <div className="flex items-center gap-4 lg:gap-6">
        <div className="flex items-center gap-2">
          <label htmlFor={sizeId} className="text-sm font-medium whitespace-nowrap">
            Rows per page
          </label>
          <NativeSelect id={sizeId} className="h-8 w-20" value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </NativeSelect>
        </div>
        <span className="text-sm font-medium whitespace-nowrap">
          Page {page} of {pageCount}
        </span>
        <nav aria-label="Pagination" className="flex items-center gap-1">
          <Button variant="outline" size="icon-sm" className="hidden lg:inline-flex" aria-label="First page" disabled={page <= 1} onClick={() => onPage(1)}>
            <ChevronsLeft aria-hidden="true" />
          </Button>
          <Button variant="outline" size="icon-sm" aria-label="Previous page" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            <ChevronLeft aria-hidden="true" />
          </Button>
          <Button variant="outline" size="icon-sm" aria-label="Next page" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
            <ChevronRight aria-hidden="true" />
          </Button>
          <Button variant="outline" size="icon-sm" className="hidden lg:inline-flex" aria-label="Last page" disabled={page >= pageCount} onClick={() => onPage(pageCount)}>
            <ChevronsRight aria-hidden="true" />
          </Button>
        </nav>
      </div>
    </div>
  );
}
