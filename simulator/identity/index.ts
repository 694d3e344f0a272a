import type { HostAdapter } from "../core/host";

/** Placeholder until the identity host lands: answers nothing but 404. */
export const identityHost: HostAdapter = {
  name: "identity",
  hostName: "login.microsoftonline.com",
  tenantOf: () => undefined,
  throttled: (retryAfterSeconds) => ({ status: 429, headers: { "Retry-After": String(retryAfterSeconds) }, body: {} }),
  failed: (status) => ({ status, body: {} }),
  routes: () => {},
};
