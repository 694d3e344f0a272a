import type { RowData } from "@tanstack/react-table";

// Column metadata the shared table reads: the chooser and the header need a human label even when
// the header is a component, and some cells want their own width/alignment classes.
declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    label?: string;
    className?: string;
    /**
     * Width in rem. A table whose columns declare widths is laid out fixed (table-layout: fixed):
     * column widths no longer follow the rows on screen, so they do not jump while someone types,
     * and the browser lays out a new result without measuring every cell first. Columns without a
     * width share what is left, at least AUTO_COLUMN_MIN_REM each.
     */
    width?: number;
  }
}

export {};
