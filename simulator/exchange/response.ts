import { randomUUID } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import { errorBody, ExoError } from "./errors";

const LIMIT = 30_000;
const WINDOW_MS = 5 * 60_000;

export interface RateState {
  remaining: number;
  resetAt: number;
}

/** Per-organisation budget behind the Rate-Limit-* headers; exhausting it answers 429. */
export function spend(ctx: SimContext, tenantId: string): RateState {
  const budgets = ctx.store("exchange.rateLimit", () => new Map<string, { used: number; resetAt: number }>());
  const now = ctx.clock.now();
  let b = budgets.get(tenantId);
  if (!b || b.resetAt <= now) budgets.set(tenantId, (b = { used: 0, resetAt: now + WINDOW_MS }));
  b.used++;
  const state = { remaining: Math.max(0, LIMIT - b.used), resetAt: b.resetAt };
  if (b.used > LIMIT) throw throttleError(Math.ceil((b.resetAt - now) / 1000));
  return state;
}

export function throttleError(retryAfterSeconds: number): ExoError {
  const s = Math.max(0, Math.ceil(retryAfterSeconds));
  return new ExoError(429, `|Microsoft.Exchange.Admin.OData.Core.ODataServiceException|Too many requests. Retry after ${s} seconds.`, "Too many requests", { "Retry-After": String(s) });
}

const ids = new WeakMap<FastifyRequest, string>();
const requestId = (req: FastifyRequest) => ids.get(req) ?? (ids.set(req, randomUUID()), ids.get(req)!);

/** Response headers as captured from the service. */
export function exoHeaders(req: FastifyRequest, ctx: SimContext, o: { appId?: string; rate?: RateState; preferApplied?: string } = {}): Record<string, string> {
  const h: Record<string, string> = {
    "Content-Type": "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8",
    "Cache-Control": "no-cache",
    "OData-Version": "4.0",
    "Request-Id": requestId(req),
    "Preference-Applied": o.preferApplied ?? 'odata.include-annotations="*"',
    "X-ExchangeVersion": "Version 15.20 (Build 7587.36)",
    "OrganizationStatus": "Active",
    "X-ConcurrencyCount": "0",
    "X-CombinedAppOnlyConcurrencyCount": "0",
  };
  const clientRequestId = req.headers["client-request-id"];
  if (typeof clientRequestId === "string") h["client-request-id"] = clientRequestId;
  if (o.appId) h["X-Ms-Appid"] = o.appId;
  if (o.rate) {
    h["Rate-Limit-Limit"] = String(LIMIT);
    h["Rate-Limit-Remaining"] = String(o.rate.remaining);
    h["Rate-Limit-Reset"] = ctx.clock.iso(o.rate.resetAt);
  }
  return h;
}

export function sendError(req: FastifyRequest, reply: FastifyReply, ctx: SimContext, e: ExoError, extra: { appId?: string; warnings?: string[] } = {}) {
  return reply.code(e.status).headers({ ...exoHeaders(req, ctx, extra), ...e.headers }).send(errorBody(e, extra.warnings ?? []));
}
