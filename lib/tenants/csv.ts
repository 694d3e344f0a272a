import type { TenantRow } from "./types";

const COLUMNS: [string, (r: TenantRow) => unknown][] = [
  ["id", (r) => r.id],
  ["displayName", (r) => r.displayName],
  ["alias", (r) => r.alias],
  ["defaultDomain", (r) => r.defaultDomain],
  ["initialDomain", (r) => r.initialDomain],
  ["tags", (r) => r.tags.join("; ")],
  ["gdapStatus", (r) => r.gdap.status],
  ["gdapEndsAt", (r) => r.gdap.endsAt],
  ["gdapDaysLeft", (r) => r.gdap.daysLeft],
  ["gdapAutoExtend", (r) => r.gdap.autoExtend],
  ["autoExtendBlockedByGlobalAdmin", (r) => r.gdap.autoExtendBlockedByGlobalAdmin],
  ["relationshipCount", (r) => r.gdap.relationshipCount],
  ["consent", (r) => r.consent],
  ["accessStatus", (r) => r.access.status],
  ["accessFailingStep", (r) => r.access.failingStep],
  ["accessCheckedAt", (r) => r.access.checkedAt],
  ["licensesEnabled", (r) => r.licenses?.enabled],
  ["licensesConsumed", (r) => r.licenses?.consumed],
  ["syncedAt", (r) => r.syncedAt],
  ["removedAt", (r) => r.removedAt],
];

/** RFC 4180 quoting, and a leading quote on cells a spreadsheet would run as a formula. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CHUNK = 200;

/** The rows as a streamed CSV body (header first, then chunks of rows). */
export function tenantsCsvStream(rows: readonly TenantRow[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    start(c) {
      c.enqueue(enc.encode(`${COLUMNS.map(([name]) => name).join(",")}\r\n`));
    },
    pull(c) {
      const part = rows.slice(i, i + CHUNK);
      i += CHUNK;
      if (part.length) c.enqueue(enc.encode(part.map((r) => `${COLUMNS.map(([, get]) => cell(get(r))).join(",")}\r\n`).join("")));
      if (i >= rows.length) c.close();
    },
  });
}
