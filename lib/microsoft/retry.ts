/**
 * When to try a Microsoft call again and how long to wait. 429 is throttling; 503 and 504 mean the
 * front door could not get an answer, so the request was not (or not knowingly) processed. Other
 * 5xx are left alone: a 500 from a cmdlet usually fails the same way again.
 */
export const RETRYABLE_STATUS: ReadonlySet<number> = new Set([429, 503, 504]);

export interface RetryPolicy {
  /** attempts in total, the first one included */
  maxAttempts: number;
  /** first backoff step when Microsoft gives no Retry-After */
  baseDelayMs: number;
  /** no single wait is longer than this, Retry-After included */
  maxDelayMs: number;
  random?: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000 };

/**
 * Retry-After in milliseconds: delta-seconds ("57", and the "1.5" some gateways send) or an HTTP
 * date (RFC 9110 §10.2.3). Undefined when absent or unreadable, so the caller backs off instead.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  if (!/[a-z]/i.test(v)) return undefined; // "-5", "1e3": not a date either
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait before attempt `attempt + 1`. Microsoft's Retry-After wins (capped, so one answer can't
 * park a request for minutes); without it, exponential backoff with "equal jitter" — half fixed, half
 * random — so tenants throttled together don't come back together, yet each wait still grows.
 */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, p: RetryPolicy): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, p.maxDelayMs);
  const step = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (p.random ?? Math.random)() * (step / 2));
}
