import { randomUUID } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { HostResponse } from "../core/host";

/** What Graph sends as Content-Type on OData JSON bodies. */
export const ODATA_JSON = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

const ids = new WeakMap<FastifyRequest, { requestId: string; clientRequestId: string }>();

/** One request-id per request; client-request-id echoes the caller's header or repeats the request-id, as Graph does. */
export function requestIds(req: FastifyRequest): { requestId: string; clientRequestId: string } {
  let v = ids.get(req);
  if (!v) {
    const requestId = randomUUID();
    const sent = req.headers["client-request-id"];
    v = { requestId, clientRequestId: typeof sent === "string" && sent ? sent : requestId };
    ids.set(req, v);
  }
  return v;
}

/** innerError.date: second precision, no zone designator. */
export const graphDate = (ctx: SimContext) => ctx.clock.iso().slice(0, 19);

/** A failure a handler throws; the route wrapper turns it into Graph's error body. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorResponse(req: FastifyRequest, ctx: SimContext, e: GraphError): HostResponse {
  const { requestId, clientRequestId } = requestIds(req);
  return {
    status: e.status,
    headers: { "Content-Type": ODATA_JSON, "request-id": requestId, "client-request-id": clientRequestId, ...e.headers },
    body: {
      error: {
        code: e.code,
        message: e.message,
        innerError: { date: graphDate(ctx), "request-id": requestId, "client-request-id": clientRequestId },
      },
    },
  };
}

/** 429 in the shape of Microsoft's throttling sample (concepts/throttling.md). */
export function throttledResponse(req: FastifyRequest, ctx: SimContext, retryAfterSeconds: number): HostResponse {
  const { requestId, clientRequestId } = requestIds(req);
  return {
    status: 429,
    headers: {
      "Content-Type": ODATA_JSON, "Retry-After": String(retryAfterSeconds),
      "request-id": requestId, "client-request-id": clientRequestId,
    },
    body: {
      error: {
        code: "TooManyRequests",
        innerError: {
          code: "429", date: graphDate(ctx), message: "Please retry after",
          "request-id": requestId, status: "429", "client-request-id": clientRequestId,
        },
        message: "Please retry again later.",
      },
    },
  };
}

const FAILURES: Record<number, [string, string]> = {
  500: ["generalException", "An unspecified error has occurred."],
  502: ["BadGateway", "The server, while acting as a gateway or proxy, received an invalid response from the upstream server."],
  503: ["serviceNotAvailable", "The service is temporarily unavailable for maintenance or is overloaded. You may repeat the request after a delay, the length of which may be specified in a Retry-After header."],
  504: ["UnknownError", "The server, while acting as a proxy, did not receive a timely response from the upstream server it needed to access in attempting to complete the request."],
};

export function failedResponse(req: FastifyRequest, ctx: SimContext, status: number): HostResponse {
  const [code, message] = FAILURES[status] ?? ["UnknownError", ""];
  return errorResponse(req, ctx, new GraphError(status, code, message, status === 503 ? { "Retry-After": "5" } : {}));
}

export const notFound = (what: string) =>
  new GraphError(404, "Request_ResourceNotFound", `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`);

export const denied = () => new GraphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

export const badRequest = (message: string, code = "Request_BadRequest") => new GraphError(400, code, message);

export const unsupportedQuery = (message: string) => new GraphError(400, "Request_UnsupportedQuery", message);
