import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { saveAppRegistration } from "@/lib/sam/app-registration";
import { readSamStatus } from "@/lib/sam/status";
import { SAM_CLIENT_SECRET, SAM_REFRESH_TOKEN } from "@/lib/secrets/store";
import { ADMIN, prefillSamApp, startHarness, type Harness } from "./harness";

// Wizard step 1 (app registration) on the server side, against Postgres and the simulator.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
beforeEach(() => h.fresh());


describe("step 1: app registration", () => {
  it("validates the credentials at the partner tenant and stores the secret encrypted", async () => {
    const saved = await saveAppRegistration(h.deps, ADMIN, { ...h.app(), partnerTenantId: h.world.partnerDomain });
    // a domain is stored as the tenant GUID the identity platform answered with
    expect(saved.partnerTenantId).toBe(h.world.partnerTenantId);
    expect(await h.conn()).toMatchObject({ status: "pending_consent", partnerTenantId: h.world.partnerTenantId, clientId: h.world.samApp.clientId });
    expect((await h.secrets.getSecret(SAM_CLIENT_SECRET))?.plaintext).toBe(h.world.samApp.clientSecret);
    const dump = JSON.stringify(await h.db.prisma.$queryRaw`SELECT row_to_json(s)::text FROM "EncryptedSecret" s`);
    expect(dump).not.toContain(h.world.samApp.clientSecret);
    const status = await readSamStatus(h.db.prisma);
    expect(status).toMatchObject({ status: "pending_consent", clientSecretStored: true, clientSecretTail: h.world.samApp.clientSecret.slice(-2) });
    expect(JSON.stringify(status)).not.toContain(h.world.samApp.clientSecret);
    expect(await h.audits("sam.app_registration_saved")).toHaveLength(1);
  });

  it.each([
    ["a wrong secret", { clientSecret: "wrong-secret-value" }, "INVALID_CLIENT_SECRET", "clientSecret", "AADSTS7000215"],
    ["an unknown app", { clientId: "00000000-0000-4000-8000-000000000001" }, "APP_NOT_FOUND_IN_TENANT", "clientId", "AADSTS700016"],
    ["an unknown tenant", { partnerTenantId: "nosuchtenant.onmicrosoft.com" }, "TENANT_NOT_FOUND", "partnerTenantId", "AADSTS90002"],
  ])("refuses %s with a clear error on its field", async (_what, change, code, field, aadsts) => {
    const err = await saveAppRegistration(h.deps, ADMIN, { ...h.app(), ...change }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code, upstream: { code: aadsts }, fields: { [field]: [expect.any(String)] } });
    expect((err as { fixIt?: string }).fixIt).toBeTruthy();
    expect(await h.conn()).toBeNull();
  });

  it("uses the pre-filled secret when the form leaves it empty", async () => {
    await prefillSamApp(h.db.prisma, h.app(), h.secrets);
    // shown pre-filled, but not yet checked with Microsoft
    expect(await readSamStatus(h.db.prisma)).toMatchObject({ status: "pending_consent", clientSecretStored: true, clientId: h.world.samApp.clientId, appValidatedAt: null });
    expect(await prefillSamApp(h.db.prisma, h.app(), h.secrets)).toBe("kept");
    await saveAppRegistration(h.deps, ADMIN, { partnerTenantId: h.world.partnerTenantId, clientId: h.world.samApp.clientId, clientSecret: "" });
    expect((await h.conn())?.status).toBe("pending_consent");
    expect((await readSamStatus(h.db.prisma)).appValidatedAt).toMatch(/^\d{4}-/);
  });
});

describe("changing the app registration later", () => {
  beforeEach(() => h.connect());

  it("a new secret for the same app keeps the consent", async () => {
    await saveAppRegistration(h.deps, ADMIN, h.app());
    expect((await h.conn())?.status).toBe("connected");
    expect(await h.secrets.getSecret(SAM_REFRESH_TOKEN)).not.toBeNull();
  });

  it("another tenant or app drops the refresh token: consent must be given again", async () => {
    // the simulator's sign-in app is a real app in the partner tenant, so Microsoft accepts it
    const signInApp = (await h.ctl.get<{ signInApp: { clientId: string; clientSecret: string } }>("/world")).body.signInApp;
    await saveAppRegistration(h.deps, ADMIN, { partnerTenantId: h.world.partnerTenantId, ...signInApp });
    expect(await h.conn()).toMatchObject({ status: "pending_consent", clientId: signInApp.clientId, connectedByUpn: null, refreshTokenSecretId: null });
    expect(await h.secrets.getSecret(SAM_REFRESH_TOKEN)).toBeNull();
  });
});

