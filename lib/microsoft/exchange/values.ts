/**
 * Reading InvokeCommand records: flat hash tables whose properties carry OData annotations
 * ("EmailAddresses@odata.type", "Guid@data.type") and .NET value formats — sizes as
 * "99 GB (106,300,440,576 bytes)", dates as "2024-04-10T08:56:22.0000000+00:00".
 */
export type ExchangeRecord = Record<string, unknown>;

/** Drops every annotation key (anything with an "@"), keeping the values. */
export function stripAnnotations(record: unknown): ExchangeRecord {
  if (!record || typeof record !== "object" || Array.isArray(record)) return {};
  return Object.fromEntries(Object.entries(record).filter(([k]) => !k.includes("@")));
}

export function str(r: ExchangeRecord, key: string): string | null {
  const v = r[key];
  if (v === null || v === undefined) return null;
  return typeof v === "string" ? v : String(v);
}

/** A string property that must be there; "" rather than null keeps our types simple. */
export const text = (r: ExchangeRecord, key: string): string => str(r, key) ?? "";

export function bool(r: ExchangeRecord, key: string): boolean {
  const v = r[key];
  return v === true || (typeof v === "string" && v.toLowerCase() === "true");
}

export function num(r: ExchangeRecord, key: string): number | null {
  const v = r[key];
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

export function list(r: ExchangeRecord, key: string): string[] {
  const v = r[key];
  if (v === null || v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => x !== null && x !== undefined).map(String);
}

/** .NET round-trip dates → ISO 8601; null for empty or unreadable values. */
export function date(r: ExchangeRecord, key: string): string | null {
  const v = str(r, key);
  if (!v) return null;
  // Seven fractional digits are legal .NET and not every JS engine parses them; milliseconds suffice.
  const ms = Date.parse(v.replace(/(\.\d{3})\d+/, "$1"));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** ByteQuantifiedSize → bytes: "99 GB (106,300,440,576 bytes)" → 106300440576; "Unlimited" → null. */
export function byteSize(r: ExchangeRecord, key: string): number | null {
  const v = r[key];
  if (typeof v === "number") return v;
  const m = typeof v === "string" ? /\(([\d,]+) bytes\)/i.exec(v) : null;
  return m ? Number(m[1]!.replace(/,/g, "")) : null;
}

/** "smtp:a@b.com" / "SMTP:a@b.com" → "a@b.com"; other proxy types are left as they are. */
export function smtpAddress(v: string | null): string | null {
  if (!v) return null;
  return v.replace(/^smtp:/i, "");
}
