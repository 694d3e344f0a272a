"use client";

import { useEffect, useState } from "react";

import { csvLine } from "@/lib/csv";

export type CsvColumns<T> = readonly (readonly [header: string, value: (row: T) => string | number | boolean | null])[];

/**
 * A blob: URL of the rows the browser already holds, as CSV (with a BOM, so Excel reads UTF-8),
 * for lists the server pages by cursor and has no .csv twin. Made after hydration (the server has
 * no rows to offer) and revoked when the rows change.
 */
export function useCsvHref<T>(rows: readonly T[], columns: CsvColumns<T>): string | null {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const cell = (v: string | number | boolean | null) => (v === null ? null : String(v));
    const lines = rows.map((r) => csvLine(columns.map(([, value]) => cell(value(r)))));
    const url = URL.createObjectURL(new Blob([`\uFEFF${csvLine(columns.map(([h]) => h))}`, ...lines], { type: "text/csv;charset=utf-8" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [rows, columns]);
  return href;
}
