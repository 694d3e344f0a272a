"use client";

import type { Table as TanTable } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { RotateCw } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCaption } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { DataTableHeader } from "./data-table-header";
import { DataTableRows } from "./data-table-rows";
import { EmptyRow, ErrorRow, SkeletonRows } from "./data-table-states";
import "./column-meta";

/**
 * A thin bar instead of blanking the rows: the previous page stays readable while the next loads.
 * Steady, without a fade: an animation is paint and compositing work in the very frames that show
 * new rows. (useServerTable reports a load only once it is slow, so quick answers never flash it.)
 */
function FetchingBar({ active }: { active: boolean }) {
  return <div aria-hidden="true" data-testid="table-fetching" className={cn("absolute inset-x-0 top-0 z-10 h-0.5 bg-primary", !active && "hidden")} />;
}

export interface DataTableStatus {
  isPending: boolean;
  isFetching: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => void;
}

export interface DataTableEmpty {
  title: string;
  description?: React.ReactNode;
  action?: React.ReactNode;
}

/** The least a column without a declared width gets under a fixed layout (see ColumnMeta.width). */
export const AUTO_COLUMN_MIN_REM = 14;

// Clicks on these keep their own meaning; only clicks on the row's plain surface navigate.
const INTERACTIVE = "a,button,input,select,textarea,label,[role=menuitem],[role=checkbox],[data-no-row-click]";

/**
 * The table body of a server-driven list: header (with aria-sort), rows, and the loading, empty and
 * error states in the table's own frame. Rows can navigate on click; the primary cell should still
 * render a real link (<a data-row-link>) so keyboard users, middle-click and "open in new tab" work.
 */
export function DataTable<TData>({
  table,
  status,
  caption,
  empty,
  rowHref,
  shown,
  skeletonRows = 10,
}: {
  table: TanTable<TData>;
  status: DataTableStatus;
  caption: string;
  empty: DataTableEmpty;
  rowHref?: (row: TData) => string;
  /** What the rows on screen answer (e.g. the API query); exposed as data-shown for tests and the bench. */
  shown?: string | null;
  skeletonRows?: number;
}) {
  const router = useRouter();
  const columns = table.getVisibleLeafColumns().length;
  const rows = table.getRowModel().rows;
  const hasData = !status.isPending && !(status.isError && rows.length === 0);
  const columnsKey = table.getVisibleLeafColumns().map((c) => c.id).join(",");
  const widths = table.getVisibleLeafColumns().map((c) => c.columnDef.meta?.width);
  // Fixed layout once columns declare widths; the table then never gets narrower than they need
  // (the container scrolls) and a cell's overflow is clipped rather than spilling into the next.
  const fixed = widths.some((w) => w !== undefined);
  const minRem = widths.reduce<number>((sum, w) => sum + (w ?? AUTO_COLUMN_MIN_REM), 0);

  function onRowClick(event: React.MouseEvent) {
    const target = event.target as HTMLElement;
    // A row's primary link is a plain <a data-row-link> (fifty next/link instances were a measurable
    // share of rendering a result page); it navigates client-side here, and a modified click
    // (new tab, new window) keeps the browser's own behaviour.
    const link = target.closest<HTMLAnchorElement>("a[data-row-link]");
    if (link) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      router.push(link.getAttribute("href")!);
      return;
    }
    const id = target.closest<HTMLElement>("tr[data-row-id]")?.dataset.rowId;
    if (!rowHref || !id || target.closest(INTERACTIVE)) return;
    if (window.getSelection()?.toString()) return; // selecting text to copy is not a click
    router.push(rowHref(table.getRow(id).original));
  }

  return (
    <div className="flex flex-col gap-3">
      {status.isError && rows.length > 0 && (
        <Alert variant="destructive">
          <AlertTitle>Could not refresh the list</AlertTitle>
          <AlertDescription className="flex flex-wrap items-center gap-3">
            <span>{status.error?.message ?? "The server did not answer."} Showing the previous results.</span>
            <Button variant="outline" size="sm" onClick={status.refetch}>
              <RotateCw aria-hidden="true" />
              Try again
            </Button>
          </AlertDescription>
        </Alert>
      )}
      <div className="relative overflow-hidden rounded-md border bg-card">
        <FetchingBar active={status.isFetching && !status.isPending} />
        <Table
          aria-busy={status.isFetching}
          data-testid="data-table"
          data-shown={shown ?? undefined}
          scrollLabel={caption}
          className={fixed ? "table-fixed [&_td]:overflow-hidden" : undefined}
          style={fixed ? { minWidth: `${minRem}rem` } : undefined}
        >
          <TableCaption className="sr-only">{caption}</TableCaption>
          <DataTableHeader table={table} stateKey={`${JSON.stringify(table.getState().sorting)}|${columnsKey}`} />
          {/* One delegated handler instead of one per row, so the memoised rows need no callbacks. */}
          <TableBody onClick={onRowClick}>
            {status.isPending ? (
              <SkeletonRows columns={columns} rows={skeletonRows} />
            ) : !hasData ? (
              <ErrorRow columns={columns} message={status.error?.message ?? "The server did not answer."} onRetry={status.refetch} />
            ) : rows.length === 0 ? (
              <EmptyRow columns={columns} {...empty} />
            ) : (
              <DataTableRows rows={rows} clickable={!!rowHref} columnsKey={columnsKey} />
            )}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
