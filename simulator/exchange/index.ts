import type { HostAdapter } from "../core/host";

/** Placeholder until the exchange host lands: answers nothing but 404. */
export const exchangeHost: HostAdapter = {
  name: "exchange",
  hostName: "outlook.office365.com",
  tenantOf: () => undefined,
  throttled: (retryAfterSeconds) => ({ status: 429, headers: { "Retry-After": String(retryAfterSeconds) }, body: {} }),
  failed: (status) => ({ status, body: {} }),
  routes: () => {},
};
