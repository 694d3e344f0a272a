import { createHash } from "node:crypto";

/**
 * Canonical JSON: object keys sorted, no whitespace, undefined dropped. Postgres jsonb reorders
 * keys on storage, so the hash must not depend on key order or it would not survive a round trip.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error("Non-finite numbers cannot be hashed");
    if (typeof value === "bigint") return value.toString();
    return JSON.stringify(value) ?? "null";
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** The fields of an audit row that the chain protects (everything but the database id and hash). */
export interface HashedAuditFields {
  at: Date;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  role: string | null;
  action: string;
  tenantId: string | null;
  target: string | null;
  outcome: string;
  detail: unknown;
  requestIds: string[];
  prevHash: string | null;
}

export function hashAuditRow(row: HashedAuditFields): string {
  const fields: HashedAuditFields = {
    at: row.at,
    actorType: row.actorType,
    actorId: row.actorId,
    actorName: row.actorName,
    role: row.role,
    action: row.action,
    tenantId: row.tenantId,
    target: row.target,
    outcome: row.outcome,
    detail: row.detail ?? {},
    requestIds: row.requestIds,
    prevHash: row.prevHash,
  };
  return createHash("sha256").update(canonicalJson(fields)).digest("hex");
}
