import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import { SimContext, type SimOptions } from "./core/context";
import type { HostAdapter, HostResponse } from "./core/host";
import type { HostName } from "./core/request-log";
import { findTenant } from "./world/access";
import { hosts } from "./hosts";
import { controlRoutes } from "./control/routes";

declare module "fastify" {
  interface FastifyRequest {
    sim?: { host: HostName; started: number; fault: string | null; tenant: string | null; op?: string };
  }
}

export interface Simulator {
  app: FastifyInstance;
  ctx: SimContext;
  /** e.g. http://127.0.0.1:4010 */
  url: string;
  close(): Promise<void>;
}

function send(reply: import("fastify").FastifyReply, r: HostResponse) {
  reply.code(r.status).headers(r.headers ?? {});
  return reply.send(r.body);
}

function hostOf(url: string): HostAdapter | undefined {
  const first = url.split("/")[1]?.toLowerCase();
  return hosts.find((h) => h.hostName === first);
}

export async function buildSimulator(options: SimOptions): Promise<{ app: FastifyInstance; ctx: SimContext }> {
  const ctx = new SimContext(options);
  const app = Fastify({
    logger: false,
    forceCloseConnections: true,
    bodyLimit: 4 * 1024 * 1024,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, maxParamLength: 1000 },
  });

  // Microsoft's token endpoint takes form posts; Graph clients post empty JSON bodies to actions.
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser(/^application\/(.+\+)?json/, { parseAs: "string" }, (_req, body, done) => {
    const text = (body as string).trim();
    if (!text) return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      const err = Object.assign(new Error("The request body is not valid JSON."), { statusCode: 400 });
      done(err, undefined);
    }
  });

  app.addHook("onRequest", async (req, reply) => {
    const host = req.url.startsWith("/_sim") ? "control" : hostOf(req.url)?.name;
    req.sim = { host: host ?? "control", started: performance.now(), fault: null, tenant: null };
    if (host === "control" && !isLoopback(req.ip)) return reply.code(403).send({ error: { code: "forbidden", message: "The control API answers loopback callers only." } });
  });

  app.addHook("preHandler", async (req, reply) => {
    const adapter = hostOf(req.url);
    if (!adapter || !req.sim) return;
    const routeOp = req.routeOptions.config.op ?? `${adapter.name}.unknown`;
    // A host may refine the route's op from the request (Exchange: the cmdlet), for the log and fault matching.
    const op = safe(() => adapter.opOf?.(req, routeOp)) ?? routeOp;
    req.sim.op = op;
    const tenantKey = safe(() => adapter.tenantOf(req, ctx));
    const tenant = tenantKey ? findTenant(ctx.world, tenantKey) : undefined;
    req.sim.tenant = tenant?.id ?? tenantKey ?? null;
    const keys = tenant ? [tenant.id, ...tenant.domains.map((d) => d.id)] : tenantKey ? [tenantKey] : [];
    const d = ctx.faults.decide(adapter.name, op, keys);
    if (!d) return;
    req.sim.fault = d.ids.join(",");
    if (d.delayMs) await new Promise((r) => setTimeout(r, d.delayMs));
    if (d.hang) {
      await new Promise((r) => req.raw.once("close", r));
      // A hijacked reply skips onResponse: log the hang here, status 0 = never answered.
      logRequest(req, 0);
      return reply.hijack();
    }
    if (d.aadsts && adapter.aadsts) return send(reply, adapter.aadsts(d.aadsts, req, ctx));
    if (d.throttle) return send(reply, adapter.throttled(d.throttle.retryAfterSeconds, req, ctx));
    if (d.error) return send(reply, adapter.failed(d.error.status, req, ctx));
  });

  function logRequest(req: FastifyRequest, status: number): void {
    if (!req.sim) return;
    ctx.log.add({
      at: ctx.clock.iso(), host: req.sim.host, op: req.sim.op ?? req.routeOptions.config?.op ?? `${req.sim.host}.unknown`,
      method: req.method, path: req.url.split("?")[0]!, tenant: req.sim.tenant, status,
      durationMs: Math.round((performance.now() - req.sim.started) * 100) / 100, fault: req.sim.fault,
    });
  }
  app.addHook("onResponse", async (req, reply) => logRequest(req, reply.statusCode));

  for (const h of hosts) {
    await app.register(async (scope) => h.routes(scope, ctx), { prefix: `/${h.hostName}` });
  }
  await app.register(async (scope) => controlRoutes(scope, ctx), { prefix: "/_sim" });
  return { app, ctx };
}

export async function startSimulator(options: SimOptions & { port?: number; host?: string }): Promise<Simulator> {
  const { app, ctx } = await buildSimulator(options);
  const address = await app.listen({ port: options.port ?? 0, host: options.host ?? "127.0.0.1" });
  return { app, ctx, url: address.replace("[::1]", "127.0.0.1"), close: () => app.close() };
}

function isLoopback(ip: string): boolean {
  return ip === "::1" || ip.startsWith("127.") || ip.startsWith("::ffff:127.");
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

export type { FastifyRequest };
