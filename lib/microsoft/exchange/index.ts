import { getTokenBroker } from "../broker";
import { env } from "../../env";
import { createExchangeClient, type ExchangeClient, type ExchangeTenant } from "./client";

export * from "./client";
export * from "./domains";
export * from "./operations";
export type * from "./types";

/**
 * App code's entry: an Exchange client for one customer tenant, tokens from the process-wide broker.
 * `tenant.initialDomain` comes from the customer sync (resolveInitialDomain over Graph /domains).
 */
export function exchangeFor(tenant: ExchangeTenant): ExchangeClient {
  const broker = getTokenBroker();
  return createExchangeClient({
    tenant,
    baseUrl: env().MICROSOFT_EXCHANGE_URL,
    getToken: async () => (await broker.getAccessToken({ tenantId: tenant.id, resource: "exchange" })).token,
  });
}
