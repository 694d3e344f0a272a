"use client";

import { memo } from "react";
import { flexRender, type Table } from "@tanstack/react-table";

import { TableHead, TableHeader, TableRow } from "@/components/ui/table";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * Column headers with aria-sort. Memoised on the sort and the visible columns (`stateKey`): each
 * header holds a Radix menu, and re-rendering all of them on every keystroke cost measurable time.
 */
function Header<TData>({ table }: { table: Table<TData>; stateKey: string }) {
  return (
    <TableHeader>
      {table.getHeaderGroups().map((group) => (
        <TableRow key={group.id} className="hover:bg-transparent">
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const width = header.column.columnDef.meta?.width;
            return (
              <TableHead
                key={header.id}
                aria-sort={sorted ? ARIA_SORT[sorted] : header.column.getCanSort() ? "none" : undefined}
                className={header.column.columnDef.meta?.className}
                style={width ? { width: `${width}rem` } : undefined}
              >
                {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
              </TableHead>
            );
          })}
        </TableRow>
      ))}
    </TableHeader>
  );
}

export const DataTableHeader = memo(Header) as typeof Header;
