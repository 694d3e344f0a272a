import type { HostAdapter } from "../core/host";

/** Placeholder until the partner-center host lands: answers nothing but 404. */
export const partnerCenterHost: HostAdapter = {
  name: "partner-center",
  hostName: "api.partnercenter.microsoft.com",
  tenantOf: () => undefined,
  throttled: (retryAfterSeconds) => ({ status: 429, headers: { "Retry-After": String(retryAfterSeconds) }, body: {} }),
  failed: (status) => ({ status, body: {} }),
  routes: () => {},
};
