import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { bearerTenantId } from "../core/bearer";
import type { SimContext } from "../core/context";
import type { HostAdapter } from "../core/host";
import { partnerCaller } from "./auth";
import { createConsent, deleteConsent, listConsents } from "./consents";
import { customerById, customerResource, listCustomers } from "./customers";
import { errorResponse, PcError, pcErrors, send, throttledResponse, traceHeaders } from "./errors";

type Handler = (req: FastifyRequest, params: Record<string, string>) => Promise<{ status: number; body?: unknown }>;

/** Wraps a handler: Partner Center headers on every answer, its error shape on every failure. */
function route(ctx: SimContext, handler: Handler) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      const r = await handler(req, req.params as Record<string, string>);
      reply.code(r.status).headers(traceHeaders(req));
      if (r.body === undefined) return reply.send();
      return reply.header("Content-Type", "application/json; charset=utf-8").send(r.body);
    } catch (e) {
      const err = e instanceof PcError ? e : pcErrors.unexpected();
      return send(reply, errorResponse(req, err, ctx.world.partner.id));
    }
  };
}

async function routes(app: FastifyInstance, ctx: SimContext): Promise<void> {
  const op = (name: string) => ({ config: { op: `partner-center.${name}` } });
  app.get("/v1/customers", op("customers.list"), route(ctx, async (req) => {
    await partnerCaller(req, ctx, "read");
    return { status: 200, body: listCustomers(req, ctx) };
  }));
  app.get("/v1/customers/:customerId", op("customers.get"), route(ctx, async (req, p) => {
    await partnerCaller(req, ctx, "read");
    return { status: 200, body: customerResource(ctx, customerById(ctx, p.customerId!)) };
  }));
  app.post("/v1/customers/:customerId/applicationconsents", op("applicationConsents.create"), route(ctx, async (req, p) => {
    await partnerCaller(req, ctx, "write");
    return { status: 201, body: createConsent(req, ctx, p.customerId!) };
  }));
  app.get("/v1/customers/:customerId/applicationconsents", op("applicationConsents.list"), route(ctx, async (req, p) => {
    await partnerCaller(req, ctx, "read");
    return { status: 200, body: listConsents(ctx, p.customerId!) };
  }));
  app.delete("/v1/customers/:customerId/applicationconsents/:applicationId", op("applicationConsents.delete"), route(ctx, async (req, p) => {
    await partnerCaller(req, ctx, "write");
    deleteConsent(ctx, p.customerId!, p.applicationId!);
    return { status: 200 };
  }));
}

/** api.partnercenter.microsoft.com: customers and CPV application consents, called as the partner. */
export const partnerCenterHost: HostAdapter = {
  name: "partner-center",
  hostName: "api.partnercenter.microsoft.com",
  // Throttling is per partner, or per partner and customer for customer-scoped calls.
  tenantOf: (req, ctx) => /\/v1\/customers\/([^/?]+)/i.exec(req.url)?.[1] ?? bearerTenantId(req, ctx),
  throttled: (retryAfterSeconds, req) => throttledResponse(req, retryAfterSeconds),
  failed: (status, req, ctx) =>
    errorResponse(req, new PcError(status, "800003", status === 503 ? "Service unavailable" : "Unexpected service error"), ctx.world.partner.id),
  routes,
};
