"use client";

import { memo } from "react";
import { flexRender, type Row } from "@tanstack/react-table";

import { TableCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

/**
 * The data rows, memoised on the row model: while someone types, the table re-renders for the
 * search box and the loading bar many times, and none of that should touch fifty rows of badges.
 * They render again only when the rows or the visible columns change.
 */
function Rows<TData>({ rows, clickable }: { rows: Row<TData>[]; clickable: boolean; columnsKey: string }): React.ReactNode {
  return rows.map((row) => (
    <TableRow key={row.id} data-testid="data-table-row" data-row-id={row.id} className={cn(clickable && "cursor-pointer")}>
      {row.getVisibleCells().map((cell) => (
        <TableCell key={cell.id} className={cell.column.columnDef.meta?.className}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </TableCell>
      ))}
    </TableRow>
  ));
}

export const DataTableRows = memo(Rows) as typeof Rows;
