import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createPrismaCredentialStore } from "@/lib/microsoft/token-broker-store";
import { storeRegistration } from "@/lib/sam/registration";
import { SAM_REFRESH_TOKEN } from "@/lib/secrets/store";
import { resetConnection, startHarness, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
beforeEach(() => resetConnection(h));

const store = () => createPrismaCredentialStore(h.db.prisma, h.secrets);
const conn = () => h.db.prisma.samConnection.findUniqueOrThrow({ where: { id: 1 } });

describe("Prisma credential store", () => {
  it("has nothing to offer until the partner admin has consented", async () => {
    expect(await store().load()).toBeNull();
    await storeRegistration(h.db.prisma, h.secrets, { partnerTenantId: h.world.partnerTenantId, ...h.world.samApp, validated: true });
    expect(await store().load()).toBeNull();
    expect(await store().loadApp()).toEqual({ partnerTenantId: h.world.partnerTenantId, ...h.world.samApp });
  });

  it("loads the decrypted credentials with the refresh token's version once connected", async () => {
    await h.connect();
    const creds = await store().load();
    expect(creds).toMatchObject({ partnerTenantId: h.world.partnerTenantId, clientId: h.world.samApp.clientId, clientSecret: h.world.samApp.clientSecret, refreshTokenVersion: 1 });
    expect(creds!.refreshToken).toMatch(/^1\.A/);
  });

  it("saves a rotated token with optimistic concurrency: the newest token is never lost", async () => {
    await h.connect();
    const s = store();
    expect(await s.saveRotatedRefreshToken("rt-rotated-by-a", 1)).toBe(true);
    // a second writer still holding version 1 loses, and says so instead of overwriting
    expect(await s.saveRotatedRefreshToken("rt-rotated-by-b", 1)).toBe(false);
    const stored = await h.secrets.getSecret(SAM_REFRESH_TOKEN);
    expect(stored).toMatchObject({ plaintext: "rt-rotated-by-a", version: 2 });
    // concurrent rotations from the same version: exactly one wins
    const results = await Promise.all([s.saveRotatedRefreshToken("x", 2), s.saveRotatedRefreshToken("y", 2), s.saveRotatedRefreshToken("z", 2)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await h.secrets.getSecret(SAM_REFRESH_TOKEN))?.version).toBe(3);
  });

  it("records success, and a dead refresh token as reconsent_required", async () => {
    await h.connect();
    const s = store();
    const at = new Date("2030-01-02T03:04:05Z");
    await s.recordSuccess(at);
    expect((await conn()).lastRefreshAt).toEqual(at);
    await s.recordFailure(new AppError("REFRESH_TOKEN_EXPIRED", "expired (AADSTS700082)"), at, { tenantId: h.tenant("healthy").tenantId, resource: "graph" });
    expect(await conn()).toMatchObject({ status: "reconsent_required", lastRefreshErrorCode: "REFRESH_TOKEN_EXPIRED", lastRefreshErrorAt: at });
    // and from then on it fails fast with the fix-it, without asking Microsoft again
    const err = await s.load().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "REFRESH_TOKEN_EXPIRED" });
    expect((err as AppError).fixIt).toMatch(/Reconnect/);
  });

  it("ignores a customer's own problems but records connection-level failures", async () => {
    await h.connect();
    const s = store();
    const customer = { tenantId: h.tenant("ca-blocked").tenantId, resource: "graph" as const };
    await s.recordFailure(new AppError("CONDITIONAL_ACCESS_BLOCKED", "CA"), new Date(), customer);
    await s.recordFailure(new AppError("CONSENT_MISSING", "consent"), new Date(), customer);
    expect(await conn()).toMatchObject({ status: "connected", lastRefreshErrorCode: null });
    await s.recordFailure(new AppError("INVALID_CLIENT_SECRET", "bad secret"), new Date(), customer);
    expect(await conn()).toMatchObject({ status: "connected", lastRefreshErrorCode: "INVALID_CLIENT_SECRET" });
    await s.recordSuccess(new Date());
    expect((await conn()).lastRefreshErrorCode).toBeNull();
  });
});
