// CSV cells as spreadsheets read them. Client-safe: the server streams use it, and so does the
// browser when it exports rows it already holds.

/**
 * One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, with quotes doubled. A value
 * a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe: the
 * export is opened in Excel by customers, and targets and names come from their tenants.
 */
export function csvField(value: string | null | undefined): string {
  let s = value ?? "";
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvLine = (fields: (string | null | undefined)[]): string => `${fields.map(csvField).join(",")}\r\n`;
