import { randomUUID } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { HostResponse } from "../core/host";
import { aadstsEntry, aadstsMessage, type AadstsVars } from "./aadsts";

/** A token-endpoint failure as the service reports it: which AADSTS code, its placeholders, extras. */
export interface Failure {
  code: number;
  vars?: AadstsVars;
  /** JSON-encoded claims challenge (Conditional Access) */
  claims?: string;
  /** a different OAuth `error` than the catalog's (device flow: authorization_declined) */
  error?: string;
}

export const fail = (code: number, vars?: AadstsVars, extra: Omit<Failure, "code" | "vars"> = {}): Failure => ({ code, vars, ...extra });

/** "2016-01-09 02:02:12Z", the format of error timestamps. */
export function stsTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
}

/** Headers every answer of the token endpoint carries. */
export function tokenHeaders(requestId: string = randomUUID()): Record<string, string> {
  return {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store, no-cache",
    pragma: "no-cache",
    "x-ms-request-id": requestId,
    "x-ms-ests-server": "2.1.0 - SIM ProdSlices",
  };
}

/** Microsoft echoes the caller's client-request-id as the correlation id. */
export function correlationId(req: FastifyRequest): string {
  const given = req.headers["client-request-id"];
  return typeof given === "string" && /^[0-9a-f-]{36}$/i.test(given) ? given : randomUUID();
}

export interface ErrorDetails {
  error: string;
  description: string;
  codes: number[];
  timestamp: string;
  traceId: string;
  correlationId: string;
  suberror?: string;
}

export function errorDetails(ctx: SimContext, req: FastifyRequest, f: Failure): ErrorDetails {
  const traceId = randomUUID();
  const corr = correlationId(req);
  const timestamp = stsTimestamp(ctx.clock.now());
  const entry = aadstsEntry(f.code);
  return {
    error: f.error ?? entry.error,
    description: `${aadstsMessage(f.code, f.vars)}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${corr}\r\nTimestamp: ${timestamp}`,
    codes: [f.code], timestamp, traceId, correlationId: corr, suberror: entry.suberror,
  };
}

/** The JSON error body of the token endpoint (fields as reference-error-codes.md and msal read them). */
export function tokenError(ctx: SimContext, req: FastifyRequest, f: Failure): HostResponse {
  const d = errorDetails(ctx, req, f);
  const body: Record<string, unknown> = {
    error: d.error,
    error_description: d.description,
    error_codes: d.codes,
    timestamp: d.timestamp,
    trace_id: d.traceId,
    correlation_id: d.correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${f.code}`,
  };
  if (d.suberror) body.suberror = d.suberror;
  if (f.claims) body.claims = f.claims;
  return { status: aadstsEntry(f.code).status, headers: tokenHeaders(d.traceId), body };
}

export function tokenSuccess(body: Record<string, unknown>): HostResponse {
  return { status: 200, headers: tokenHeaders(), body };
}
