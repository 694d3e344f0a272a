import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { Directory, Tenant } from "../world/types";
import { authenticateCaller, canRead, type Caller } from "./auth";
import { denied, errorResponse, GraphError, ODATA_JSON, requestIds, throttledResponse } from "./errors";
import { takeToken } from "./throttle";

/** Everything a Graph handler needs about one authenticated request. */
export interface Call {
  req: FastifyRequest;
  ctx: SimContext;
  caller: Caller;
  tenant: Tenant;
  dir: Directory;
  /** e.g. http://127.0.0.1:4010/graph.microsoft.com/v1.0 — links we return start here */
  base: string;
  version: string;
  params: Record<string, string>;
  /** OData options by bare lower-case name: filter, select, top… (Graph accepts them with or without `$`) */
  query: Record<string, string>;
  body: any;
}

export interface Out {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (call: Call) => Out | Promise<Out>;

export interface GraphScope {
  app: FastifyInstance;
  ctx: SimContext;
  version: string;
}

type Method = "GET" | "POST" | "PATCH" | "DELETE";

export interface RouteOptions {
  /** skip the generic directory read gate (the handler authorises itself) */
  ownGate?: boolean;
}

const ODATA_OPTIONS = new Set(["filter", "select", "top", "skip", "orderby", "count", "search", "skiptoken", "expand", "format"]);

function odataQuery(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const name = k.replace(/^\$/, "").toLowerCase();
    const value = Array.isArray(v) ? String(v[0]) : String(v);
    if (ODATA_OPTIONS.has(name) && !(name in out)) out[name] = value;
  }
  return out;
}

export function graphBase(req: FastifyRequest, version: string): string {
  return `${req.protocol}://${req.headers.host ?? "127.0.0.1"}/graph.microsoft.com/${version}`;
}

/**
 * Registers one Graph operation: authenticate → throttle per (tenant, app) → read gate → handler,
 * with every failure in Graph's error shape and the request-id headers on every answer.
 */
export function route(s: GraphScope, method: Method, url: string, op: string, handler: Handler, opts: RouteOptions = {}): void {
  const { app, ctx, version } = s;
  app.route({
    method,
    url,
    config: { op },
    handler: async (req, reply) => {
      let out: Out;
      try {
        const caller = await authenticateCaller(req, ctx);
        const wait = takeToken(ctx, caller.tenant.id, caller.appId);
        if (wait !== undefined) {
          const r = throttledResponse(req, ctx, wait);
          return reply.code(r.status).headers(r.headers ?? {}).send(r.body);
        }
        if (!opts.ownGate && !canRead(caller)) throw denied();
        out = await handler({
          req, ctx, caller, tenant: caller.tenant, dir: caller.tenant.directory, base: graphBase(req, version), version,
          params: (req.params ?? {}) as Record<string, string>, query: odataQuery(req.query), body: req.body,
        });
      } catch (e) {
        if (!(e instanceof GraphError)) throw e;
        const r = errorResponse(req, ctx, e);
        return reply.code(r.status).headers(r.headers ?? {}).send(r.body);
      }
      const { requestId, clientRequestId } = requestIds(req);
      reply.code(out.status ?? 200).headers({ "request-id": requestId, "client-request-id": clientRequestId });
      if (out.body === undefined) return reply.headers(out.headers ?? {}).send();
      const contentType = typeof out.body === "string" ? "text/plain;charset=utf-8" : ODATA_JSON;
      return reply.headers({ "Content-Type": contentType, ...out.headers }).send(out.body);
    },
  });
}
