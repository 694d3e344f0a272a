import type { RowData } from "@tanstack/react-table";

// Column metadata the shared table reads: the chooser and the header need a human label even when
// the header is a component, and some cells want their own width/alignment classes.
declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    label?: string;
    className?: string;
  }
}

export {};
