import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SimContext } from "./context";
import type { HostName } from "./request-log";

declare module "fastify" {
  interface FastifyContextConfig {
    /** stable operation name used by the request log and fault matching */
    op?: string;
  }
}

export interface HostResponse {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

/**
 * One simulated Microsoft host, served under `/<real host name>` with the real paths below.
 * Error shapes differ per host, so each host formats its own throttling and failures.
 */
export interface HostAdapter {
  name: Exclude<HostName, "control">;
  /** e.g. "graph.microsoft.com" */
  hostName: string;
  /** the tenant a request is for: id, domain or undefined when it cannot be told */
  tenantOf(req: FastifyRequest, ctx: SimContext): string | undefined;
  throttled(retryAfterSeconds: number, req: FastifyRequest, ctx: SimContext): HostResponse;
  failed(status: number, req: FastifyRequest, ctx: SimContext): HostResponse;
  /** optional: a finer op than the route's (e.g. `exchange.invokeCommand.Get-Mailbox`) for the log and faults */
  opOf?(req: FastifyRequest, routeOp: string): string | undefined;
  /** identity only: an injected AADSTS error in the token endpoint's documented shape */
  aadsts?(code: number, req: FastifyRequest, ctx: SimContext): HostResponse;
  routes(app: FastifyInstance, ctx: SimContext): void | Promise<void>;
}

/** Absolute base URL of a host as the caller reached us, so links point back at the simulator. */
export function hostBase(req: FastifyRequest, hostName: string): string {
  return `${req.protocol}://${req.headers.host ?? "127.0.0.1"}/${hostName}`;
}
