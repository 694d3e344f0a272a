import { decodeJwt } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAM_REFRESH_TOKEN } from "@/lib/secrets/store";
import { resetConnection, startHarness, type Harness } from "./harness";

// The token broker on the Prisma credential store, against the simulator: what production runs.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
beforeEach(async () => {
  await h.ctl.post("/reset", { clearFaults: true });
  await resetConnection(h);
  await h.connect();
});

const conn = () => h.db.prisma.samConnection.findUniqueOrThrow({ where: { id: 1 } });
const stored = () => h.secrets.getSecret(SAM_REFRESH_TOKEN);
const mint = (tenantId: string, resource: "graph" | "exchange" = "graph") => h.deps.broker.getAccessToken({ tenantId, resource });

describe("token broker with the Prisma credential store", () => {
  it("persists the rotated refresh token, and the next call redeems the new one", async () => {
    const first = await stored();
    const token = await mint(h.world.partnerTenantId);
    expect(decodeJwt(token.token)).toMatchObject({ tid: h.world.partnerTenantId, aud: "https://graph.microsoft.com" });
    const rotated = await stored();
    expect(rotated!.version).toBe(first!.version + 1);
    expect(rotated!.plaintext).not.toBe(first!.plaintext);
    // Kill the original token: a broker still holding it would now fail with AADSTS50173.
    await h.ctl.post("/revoke/refresh-token", { refresh_token: first!.plaintext });
    const healthy = h.tenant("healthy");
    await expect(mint(healthy.tenantId)).resolves.toMatchObject({ tenantId: healthy.tenantId });
    expect(decodeJwt((await mint(healthy.tenantId)).token)).toMatchObject({ tid: healthy.tenantId });
    // customer-tenant redemptions rotate it too, and each rotation is kept
    expect((await stored())!.version).toBe(first!.version + 2);
    expect((await conn()).lastRefreshAt).not.toBeNull();
  });

  it("1,000 concurrent calls for one (tenant, resource) make exactly one upstream token request", async () => {
    const healthy = h.tenant("healthy");
    const before = (await h.ctl.get<{ count: number }>(`/requests/count?op=identity.token&tenant=${healthy.tenantId}`)).body;
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => mint(healthy.tenantId)));
    expect(new Set(tokens.map((t) => t.token)).size).toBe(1);
    const after = (await h.ctl.get<{ count: number }>(`/requests/count?op=identity.token&tenant=${healthy.tenantId}`)).body;
    expect(after.count - before.count).toBe(1);
  });

  it("an expired refresh token surfaces REFRESH_TOKEN_EXPIRED with the re-consent fix-it and flags the connection", async () => {
    await h.ctl.post("/clock/advance", { days: 91 });
    const err = await mint(h.world.partnerTenantId).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "REFRESH_TOKEN_EXPIRED", upstream: { code: "AADSTS700082" } });
    expect((err as { fixIt: string }).fixIt).toMatch(/Reconnect the partner account/);
    expect(await conn()).toMatchObject({ status: "reconsent_required", lastRefreshErrorCode: "REFRESH_TOKEN_EXPIRED" });
    // later callers fail fast from the stored status: no further request to Microsoft
    const upstream = h.deps.broker.stats().upstream;
    await expect(mint(h.tenant("healthy").tenantId)).rejects.toMatchObject({ code: "REFRESH_TOKEN_EXPIRED" });
    expect(h.deps.broker.stats().upstream).toBe(upstream);
  });

  it("a revoked session (password change) is REFRESH_TOKEN_REVOKED and also needs re-consent", async () => {
    await h.ctl.post("/revoke/user-sessions", { upn: "alex@contosomsp.com" });
    await expect(mint(h.world.partnerTenantId)).rejects.toMatchObject({ code: "REFRESH_TOKEN_REVOKED" });
    expect((await conn()).status).toBe("reconsent_required");
  });

  it("maps missing consent and Conditional Access blocks to their codes without blaming the connection", async () => {
    await expect(mint(h.tenant("no-consent").tenantId)).rejects.toMatchObject({ code: "APP_NOT_AUTHORIZED_IN_TENANT", upstream: { code: "AADSTS90099" } });
    await expect(mint(h.tenant("exchange-consent-missing").tenantId, "exchange")).rejects.toMatchObject({ code: "CONSENT_MISSING", upstream: { code: "AADSTS65001" } });
    const ca = await mint(h.tenant("ca-blocked").tenantId).catch((e: unknown) => e);
    expect(ca).toMatchObject({ code: "CONDITIONAL_ACCESS_BLOCKED", upstream: { code: "AADSTS53003" } });
    expect((ca as { fixIt: string }).fixIt).toMatch(/Conditional Access/);
    expect(await conn()).toMatchObject({ status: "connected", lastRefreshErrorCode: null });
  });

  it("says NOT_CONNECTED with the way to connect before consent", async () => {
    await resetConnection(h);
    await expect(mint(h.world.partnerTenantId)).rejects.toMatchObject({ code: "NOT_CONNECTED" });
  });
});
