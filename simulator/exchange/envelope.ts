/**
 * Output records as InvokeCommand serialises them (fixture exchange.InvokeCommand.Get-Mailbox.shape):
 * a flat hash table per record, multi-valued properties announced as `#Collection(String)`,
 * Guid and DateTime values annotated with their .NET and OData types.
 */
export type Kind = "plain" | "guid" | "date" | "list";
export type Field = readonly [name: string, value: unknown, kind: Kind];
export type Rec = Field[];

export const p = (name: string, value: unknown): Field => [name, value, "plain"];
export const guid = (name: string, value: string | null): Field => [name, value, "guid"];
export const date = (name: string, value: string | null): Field => [name, value, "date"];
export const list = (name: string, value: readonly string[] | null): Field => [name, value, "list"];

/** .NET round-trip format as the service prints it: 2024-04-10T08:56:22.0000000+00:00 */
export function exDate(iso: string): string {
  const d = new Date(iso);
  const ms = String(d.getUTCMilliseconds()).padStart(3, "0");
  return `${d.toISOString().slice(0, 19)}.${ms}0000+00:00`;
}

/** ByteQuantifiedSize as Exchange prints it: "99 GB (106,300,440,576 bytes)". */
export function bytes(n: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let i = 0;
  while (i < units.length - 1 && n >= 1024 ** (i + 1)) i++;
  const value = Math.round((n / 1024 ** i) * 1000) / 1000;
  return `${value} ${units[i]} (${n.toLocaleString("en-US")} bytes)`;
}

/** Field value by name, case-insensitive, for filters. */
export function valueOf(rec: Rec, name: string): { found: boolean; value: unknown } {
  const f = rec.find(([k]) => k.toLowerCase() === name.toLowerCase());
  return f ? { found: true, value: f[1] } : { found: false, value: undefined };
}

export function serialize(rec: Rec, select?: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value, kind] of rec) {
    if (select && !select.has(name.toLowerCase())) continue;
    if (value === null || value === undefined) {
      out[name] = null;
      continue;
    }
    if (kind === "guid") {
      out[`${name}@data.type`] = "System.Guid";
      out[`${name}@odata.type`] = "#Guid";
    } else if (kind === "date") {
      out[`${name}@data.type`] = "System.DateTime";
    } else if (kind === "list") {
      out[`${name}@odata.type`] = "#Collection(String)";
    }
    out[name] = kind === "date" ? exDate(String(value)) : kind === "list" ? [...(value as string[])] : value;
  }
  return out;
}

export function envelope(o: { context: string; warnings: string[]; value: Record<string, unknown>[]; nextLink?: string }) {
  return {
    "@odata.context": o.context,
    "adminapi.warnings@odata.type": "#Collection(String)",
    "@adminapi.warnings": o.warnings,
    value: o.value,
    ...(o.nextLink ? { "@odata.nextLink": o.nextLink } : {}),
  };
}
