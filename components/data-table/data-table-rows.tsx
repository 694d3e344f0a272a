"use client";

import { memo } from "react";
import { flexRender, type Row } from "@tanstack/react-table";

import { TableCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

interface RowProps<TData> {
  row: Row<TData>;
  clickable: boolean;
  columnsKey: string;
  /** The row's data as JSON: a row whose data did not change is not rendered again. */
  content: string;
}

/**
 * One data row, rendered again only when its data changes (each answer from the server is new
 * objects, but a refetch or a narrower search often repeats rows).
 */
const DataRow = memo(
  function DataRow<TData>({ row, clickable }: RowProps<TData>) {
    return (
      <TableRow data-testid="data-table-row" data-row-id={row.id} className={cn(clickable && "cursor-pointer")}>
        {row.getVisibleCells().map((cell) => (
          // By column, not cell.id (which carries the row's id): the cells are reused with the row.
          <TableCell key={cell.column.id} className={cell.column.columnDef.meta?.className}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </TableCell>
        ))}
      </TableRow>
    );
  },
  (a, b) => a.content === b.content && a.columnsKey === b.columnsKey && a.clickable === b.clickable,
) as <TData>(props: RowProps<TData>) => React.ReactNode;

/**
 * The data rows, memoised on the row model: while someone types, the table re-renders for the
 * search box and the loading bar many times, and none of that should touch the rows.
 *
 * Keyed by position, not by id: a new search result then updates the existing rows' text and
 * attributes in place. Keyed by id, every keystroke removed and created ~1,200 elements at 25
 * rows, and styling those new elements was a large share of the keystroke-to-rows time. Cells with
 * their own state (a row's menu) reset it when their row's id changes.
 */
function Rows<TData>({ rows, clickable, columnsKey }: { rows: Row<TData>[]; clickable: boolean; columnsKey: string }): React.ReactNode {
  return rows.map((row, i) => <DataRow key={i} row={row} clickable={clickable} columnsKey={columnsKey} content={JSON.stringify(row.original)} />);
}

export const DataTableRows = memo(Rows) as typeof Rows;
