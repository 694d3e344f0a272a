import type { HostAdapter } from "../core/host";

/** Placeholder until the graph host lands: answers nothing but 404. */
export const graphHost: HostAdapter = {
  name: "graph",
  hostName: "graph.microsoft.com",
  tenantOf: () => undefined,
  throttled: (retryAfterSeconds) => ({ status: 429, headers: { "Retry-After": String(retryAfterSeconds) }, body: {} }),
  failed: (status) => ({ status, body: {} }),
  routes: () => {},
};
