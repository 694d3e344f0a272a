import { randomUUID } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { HostResponse } from "../core/host";

/** Partner Center's front door names itself as the source of the errors it returns. */
const SOURCE = "PartnerFD";

export class PcError extends Error {
  constructor(readonly status: number, readonly code: string, description: string, readonly headers: Record<string, string> = {}) {
    super(description);
  }
}

/** Documented codes (develop/error-codes.md) and the ones the field reports; descriptions are ours where the doc has none. */
export const pcErrors = {
  tokenMissing: () => new PcError(401, "800001", "Partner Token missing in request context"),
  accessDenied: (why: string) => new PcError(401, "400", `Access denied: ${why}`),
  mfaRequired: () => new PcError(401, "900421", "MFA required: app+user calls need an access token whose amr claim contains mfa."),
  forbidden: (why: string) => new PcError(403, "2032", `Access denied: ${why}`),
  invalidInput: (why: string) => new PcError(400, "800002", `Invalid request input: ${why}`),
  notFound: (what: string) => new PcError(404, "1000", `Not found: ${what}`),
  conflict: (description: string) => new PcError(409, "409", description),
  unexpected: () => new PcError(500, "800003", "Unexpected service error"),
};

const ids = new WeakMap<FastifyRequest, Record<string, string>>();

/** MS-CorrelationId / MS-RequestId echoed from the request, or minted once per request when absent. */
export function traceHeaders(req: FastifyRequest): Record<string, string> {
  let h = ids.get(req);
  if (!h) {
    const given = (name: string) => {
      const v = req.headers[name];
      return typeof v === "string" && v.trim() ? v.trim() : randomUUID();
    };
    h = { "MS-CorrelationId": given("ms-correlationid"), "MS-RequestId": given("ms-requestid") };
    ids.set(req, h);
  }
  return h;
}

export function errorResponse(req: FastifyRequest, e: PcError, partnerTenantId: string): HostResponse {
  const headers: Record<string, string> = { ...traceHeaders(req), "Content-Type": "application/json; charset=utf-8", ...e.headers };
  if (e.status === 401) headers["WWW-Authenticate"] = `OAuth realm=urn:cpsvc:cpid:${partnerTenantId}`;
  return { status: e.status, headers, body: { code: e.code, description: e.message.slice(0, 1024), data: [], source: SOURCE } };
}

/** The throttling body differs from every other Partner Center error (api-throttling-guidance.md). */
export function throttledResponse(req: FastifyRequest, retryAfterSeconds: number): HostResponse {
  const seconds = Math.max(0, Math.ceil(retryAfterSeconds));
  return {
    status: 429,
    headers: { ...traceHeaders(req), "Content-Type": "application/json", "Retry-After": String(seconds) },
    body: { statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` },
  };
}

export function send(reply: FastifyReply, r: HostResponse) {
  return reply.code(r.status).headers(r.headers ?? {}).send(r.body);
}
