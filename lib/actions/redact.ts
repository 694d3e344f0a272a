export const REDACTED = "[redacted]";

/**
 * A copy of `value` with every property named in `fields` (at any depth) replaced by REDACTED.
 * Used for the audit row, the approval's display copy and stored idempotent replays.
 */
export function redact<T>(value: T, fields: readonly string[]): T {
  if (!fields.length || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, fields)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = fields.includes(k) && v !== undefined ? REDACTED : redact(v, fields);
  }
  return out as T;
}

/** Does the value carry any field that must be redacted (so the approval must seal its input)? */
export function holdsRedacted(value: unknown, fields: readonly string[]): boolean {
  return JSON.stringify(redact(value, fields)) !== JSON.stringify(value);
}
