"use client";

import { memo } from "react";
import { flexRender, type Column, type Row } from "@tanstack/react-table";

import { TABLE_CELL_CLASS, TABLE_ROW_CLASS } from "@/components/ui/table";
import { cn } from "@/lib/utils";

// TableRow's and TableCell's markup (components/ui/table), written out with classes merged once
// per column rather than for every cell of every row: a search result re-renders 25 rows × the
// columns, and these two wrappers were a fiber and a class merge each.
const CLICKABLE_ROW_CLASS = `${TABLE_ROW_CLASS} cursor-pointer`;
const cellClasses = new WeakMap<object, string>();
function cellClass<TData>(column: Column<TData, unknown>): string {
  let cls = cellClasses.get(column.columnDef);
  if (cls === undefined) cellClasses.set(column.columnDef, (cls = cn(TABLE_CELL_CLASS, column.columnDef.meta?.className)));
  return cls;
}

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
      <tr data-slot="table-row" data-testid="data-table-row" data-row-id={row.id} className={clickable ? CLICKABLE_ROW_CLASS : TABLE_ROW_CLASS}>
        {row.getVisibleCells().map((cell) => (
          // By column, not cell.id (which carries the row's id): the cells are reused with the row.
          <td key={cell.column.id} data-slot="table-cell" className={cellClass(cell.column)}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        ))}
      </tr>
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
 * their own state (a row's menu, a dialog) key themselves by the row's id.
 */
function Rows<TData>({ rows, clickable, columnsKey }: { rows: Row<TData>[]; clickable: boolean; columnsKey: string }): React.ReactNode {
  return rows.map((row, i) => <DataRow key={i} row={row} clickable={clickable} columnsKey={columnsKey} content={JSON.stringify(row.original)} />);
}

export const DataTableRows = memo(Rows) as typeof Rows;
