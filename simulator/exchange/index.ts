import type { FastifyInstance } from "fastify";
import type { SimContext } from "../core/context";
import type { HostAdapter } from "../core/host";
import { findCmdlet } from "./cmdlets";
import { errorBody, ExoError } from "./errors";
import { cmdletInput, HOST, invokeCommand } from "./invoke";
import { exoHeaders, throttleError } from "./response";

async function routes(app: FastifyInstance, ctx: SimContext): Promise<void> {
  app.post("/adminapi/:version/:tenant/InvokeCommand", { config: { op: "exchange.invokeCommand" } }, (req, reply) => invokeCommand(req, reply, ctx));
}

/**
 * outlook.office365.com: the Exchange Online admin API (`InvokeCommand`) that the
 * ExchangeOnlineManagement module and MSP tools use to run cmdlets against a customer.
 */
export const exchangeHost: HostAdapter = {
  name: "exchange",
  hostName: HOST,
  tenantOf: (req) => {
    const m = /\/adminapi\/[^/]+\/([^/?]+)\//i.exec(req.url);
    return m ? decodeURIComponent(m[1]!) : undefined;
  },
  // The request log and fault rules see the cmdlet: exchange.invokeCommand.Set-Mailbox.
  opOf: (req, routeOp) => {
    const cmdlet = findCmdlet(cmdletInput(req.body)?.name);
    return cmdlet ? `${routeOp}.${cmdlet.name}` : undefined;
  },
  throttled: (retryAfterSeconds, req, ctx) => {
    const e = throttleError(retryAfterSeconds);
    return { status: 429, headers: { ...exoHeaders(req, ctx), ...e.headers }, body: errorBody(e) };
  },
  failed: (status, req, ctx) => {
    const e = new ExoError(status, "|Microsoft.Exchange.Admin.OData.Core.ODataServiceException|The service is temporarily unavailable. Retry the request.", "Error executing request", { "Retry-After": "2" });
    return { status, headers: { ...exoHeaders(req, ctx), ...e.headers }, body: errorBody(e) };
  },
  routes,
};
