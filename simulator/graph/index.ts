import type { FastifyInstance, FastifyRequest } from "fastify";
import { bearerTenantId } from "../core/bearer";
import type { SimContext } from "../core/context";
import type { HostAdapter } from "../core/host";
import { batchRoutes } from "./batch";
import { errorResponse, failedResponse, GraphError, requestIds, throttledResponse } from "./errors";
import { gdapAssignmentRoutes } from "./gdap/assignments";
import { gdapCustomerRoutes } from "./gdap/customers";
import { gdapRelationshipRoutes } from "./gdap/relationships";
import { groupRoutes } from "./groups";
import type { GraphScope } from "./route";
import { tenantRoutes } from "./tenant";
import { userActionRoutes } from "./users-actions";
import { userWriteRoutes } from "./users-write";
import { userRoutes } from "./users";

export { setGraphThrottle, DEFAULT_GRAPH_THROTTLE } from "./throttle";

const VERSIONS = ["v1.0", "beta"];

function registerAll(s: GraphScope): void {
  userRoutes(s);
  userWriteRoutes(s);
  userActionRoutes(s);
  groupRoutes(s);
  tenantRoutes(s);
  gdapCustomerRoutes(s);
  gdapRelationshipRoutes(s);
  gdapAssignmentRoutes(s);
  batchRoutes(s);
}

function send(reply: import("fastify").FastifyReply, r: { status: number; headers?: Record<string, string>; body: unknown }) {
  return reply.code(r.status).headers(r.headers ?? {}).send(r.body);
}

/** Unknown paths and malformed bodies answer the way Graph does, not with Fastify's defaults. */
function graphFallbacks(app: FastifyInstance, ctx: SimContext): void {
  app.addHook("onSend", async (req, reply, payload) => {
    if (!reply.hasHeader("request-id")) {
      const { requestId, clientRequestId } = requestIds(req);
      reply.header("request-id", requestId).header("client-request-id", clientRequestId);
    }
    return payload;
  });
  app.setNotFoundHandler((req: FastifyRequest, reply) => {
    const [version, segment = ""] = req.url.split("?")[0]!.split("/").slice(2);
    const e = VERSIONS.includes(version ?? "")
      ? new GraphError(400, "BadRequest", `Resource not found for the segment '${segment}'.`)
      : new GraphError(400, "BadRequest", `Invalid version: ${version ?? ""}`);
    return send(reply, errorResponse(req, ctx, e));
  });
  app.setErrorHandler((err: { statusCode?: number; message: string }, req, reply) => {
    const status = err.statusCode ?? 500;
    const e = status === 400
      ? new GraphError(400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.")
      : status < 500 ? new GraphError(status, "BadRequest", err.message) : new GraphError(500, "generalException", "An unspecified error has occurred.");
    return send(reply, errorResponse(req, ctx, e));
  });
}

/** Microsoft Graph (graph.microsoft.com): directory, licences, groups, GDAP and $batch under /v1.0 and /beta. */
export const graphHost: HostAdapter = {
  name: "graph",
  hostName: "graph.microsoft.com",
  tenantOf: (req, ctx) => bearerTenantId(req, ctx),
  throttled: (retryAfterSeconds, req, ctx) => throttledResponse(req, ctx, retryAfterSeconds),
  failed: (status, req, ctx) => failedResponse(req, ctx, status),
  routes: async (app, ctx) => {
    graphFallbacks(app, ctx);
    for (const version of VERSIONS) {
      await app.register(async (scope) => registerAll({ app: scope, ctx, version }), { prefix: `/${version}` });
    }
  },
};
