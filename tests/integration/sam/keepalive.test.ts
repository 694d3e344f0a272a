import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { samKeepalive } from "@/lib/jobs/sam-keepalive";
import type { JobContext } from "@/lib/jobs/types";
import { startWorker } from "@/lib/jobs/worker";
import { SAM_REFRESH_TOKEN } from "@/lib/secrets/store";
import { resetConnection, startHarness, type Harness } from "./harness";

let h: Harness;
let ctx: JobContext;
const logs: string[] = [];
beforeAll(async () => {
  h = await startHarness();
  ctx = { prisma: h.db.prisma, broker: h.deps.broker, endpoints: h.deps.endpoints, log: (m) => logs.push(m) };
});
afterAll(() => h?.close());
beforeEach(async () => {
  await h.ctl.post("/reset", { clearFaults: true });
  await resetConnection(h);
});

const conn = () => h.db.prisma.samConnection.findUniqueOrThrow({ where: { id: 1 } });

describe("sam.keepalive", () => {
  it("redeems the refresh token (persisting the rotated one) and refreshes the secret's expiry", async () => {
    await h.connect();
    const before = await h.secrets.getSecret(SAM_REFRESH_TOKEN);
    // a cached partner token must not let the job skip the refresh
    await h.deps.broker.getAccessToken({ tenantId: h.world.partnerTenantId, resource: "graph" });
    const mid = await conn();
    await new Promise((r) => setTimeout(r, 5));
    const out = await samKeepalive.run({}, ctx);
    const after = await conn();
    expect(out).toMatchObject({ refreshed: true });
    expect(after.lastRefreshAt!.getTime()).toBeGreaterThan(mid.lastRefreshAt!.getTime());
    expect((await h.secrets.getSecret(SAM_REFRESH_TOKEN))!.version).toBe(before!.version + 2);
    // the simulator's SAM secret lives 335 days from the world's epoch
    expect(after.secretExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
  });

  it("skips quietly while not connected", async () => {
    expect(await samKeepalive.run({}, ctx)).toEqual({ skipped: "not_configured" });
  });

  it("an idle-expired token fails the run and flags the connection for re-consent", async () => {
    await h.connect();
    await h.ctl.post("/clock/advance", { days: 91 });
    await expect(samKeepalive.run({}, ctx)).rejects.toMatchObject({ code: "REFRESH_TOKEN_EXPIRED" });
    expect((await conn()).status).toBe("reconsent_required");
  });

  it("runs under pg-boss: the worker creates the queue and schedule and runs the job on start", async () => {
    await h.connect();
    const boss = await startWorker(h.db.url, ctx);
    try {
      const deadline = Date.now() + 20_000;
      while (!(await conn()).secretExpiresAt && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect((await conn()).secretExpiresAt).not.toBeNull();
      expect((await boss.getSchedules("sam.keepalive")).map((s) => s.cron)).toEqual(["17 */12 * * *"]);
      expect(logs.some((l) => l.startsWith("sam.keepalive done"))).toBe(true);
    } finally {
      await boss.stop({ graceful: false, timeout: 2000 });
    }
  }, 40_000);
});
