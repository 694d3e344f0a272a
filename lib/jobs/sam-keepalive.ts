import { refreshConnection } from "../sam/refresh";
import type { JobDefinition } from "./types";

/**
 * Keeps the partner refresh token alive: Microsoft expires it after 90 days without use, and an
 * MSP whose automations stop on a quiet holiday finds out on Monday. Each run redeems the token
 * at the partner tenant (the broker persists the rotated one) and re-reads the app secret's expiry.
 */
export const samKeepalive: JobDefinition = {
  name: "sam.keepalive",
  description: "Refresh the partner token and the app secret's expiry date",
  cron: "17 */12 * * *",
  runOnStart: true,
  queue: { expireInSeconds: 120, heartbeatSeconds: 30, retryLimit: 3, retryDelay: 300 },
  async run(_data, ctx) {
    const out = await refreshConnection(ctx);
    if ("secretExpiryError" in out) ctx.log(`sam.keepalive: could not read the app secret's expiry (${out.secretExpiryError})`);
    return out;
  },
};
