import { describe, expect, it } from "vitest";
import { parseRetryAfter, retryDelay, RETRYABLE_STATUS } from "@/lib/microsoft/retry";

const policy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000 };

describe("parseRetryAfter", () => {
  it("reads delta-seconds, including the fractional form some gateways send", () => {
    expect(parseRetryAfter("57")).toBe(57_000);
    expect(parseRetryAfter(" 0 ")).toBe(0);
    expect(parseRetryAfter("1.5")).toBe(1_500);
  });

  it("reads an HTTP date relative to now, never negative", () => {
    const now = Date.parse("Tue, 21 Jul 2020 04:10:58 GMT");
    expect(parseRetryAfter("Tue, 21 Jul 2020 04:11:28 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Tue, 21 Jul 2020 04:10:00 GMT", now)).toBe(0);
  });

  it("is undefined when absent or unreadable, so the caller backs off instead", () => {
    for (const v of [undefined, null, "", "  ", "soon", "-5", "1e3"]) expect(parseRetryAfter(v)).toBeUndefined();
  });
});

describe("retryDelay", () => {
  it("honours Retry-After, capped at the policy's longest wait", () => {
    expect(retryDelay(1, 2_000, policy)).toBe(2_000);
    expect(retryDelay(3, 0, policy)).toBe(0);
    expect(retryDelay(1, 600_000, policy)).toBe(30_000);
  });

  it("backs off exponentially with jitter when Microsoft gives no Retry-After", () => {
    const at = (attempt: number, r: number) => retryDelay(attempt, undefined, { ...policy, random: () => r });
    expect([at(1, 0), at(1, 1)]).toEqual([500, 1_000]);
    expect([at(2, 0), at(2, 1)]).toEqual([1_000, 2_000]);
    expect([at(3, 0.5)]).toEqual([3_000]);
    expect(at(10, 1)).toBe(30_000);
  });

  it("retries throttling and gateway failures only", () => {
    expect([...RETRYABLE_STATUS].sort()).toEqual([429, 503, 504]);
  });
});
