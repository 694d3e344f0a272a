import type { SimContext } from "../core/context";

export interface GraphThrottleLimits {
  /** requests a (tenant, app) pair may burst */
  capacity: number;
  /** seconds to refill the whole bucket */
  windowSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

interface ThrottleState {
  limits: GraphThrottleLimits;
  buckets: Map<string, Bucket>;
}

/** Generous by default, like a real tenant that is not hammering Graph: 1000 requests per 10 s. */
export const DEFAULT_GRAPH_THROTTLE: GraphThrottleLimits = { capacity: 1000, windowSeconds: 10 };

const state = (ctx: SimContext) =>
  ctx.store<ThrottleState>("graph.throttle", () => ({ limits: { ...DEFAULT_GRAPH_THROTTLE }, buckets: new Map() }));

/** Changes the per (tenant, app) limits, e.g. for a throttling test or a benchmark. Buckets start full again. */
export function setGraphThrottle(ctx: SimContext, limits: Partial<GraphThrottleLimits>): GraphThrottleLimits {
  const s = state(ctx);
  s.limits = { ...s.limits, ...limits };
  s.buckets.clear();
  return s.limits;
}

/**
 * Token bucket per (tenant, app), refilled continuously on the simulated clock.
 * Returns undefined when the request may proceed, else the seconds to wait.
 */
export function takeToken(ctx: SimContext, tenantId: string, appId: string): number | undefined {
  const s = state(ctx);
  const { capacity, windowSeconds } = s.limits;
  const rate = capacity / windowSeconds;
  const now = ctx.clock.now();
  const key = `${tenantId}|${appId}`;
  const b = s.buckets.get(key) ?? { tokens: capacity, at: now };
  b.tokens = Math.min(capacity, b.tokens + ((now - b.at) / 1000) * rate);
  b.at = now;
  s.buckets.set(key, b);
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return undefined;
  }
  return Math.max(1, Math.ceil((1 - b.tokens) / rate));
}
