import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { saveAppRegistration } from "@/lib/sam/app-registration";
import { beginConsent, completeConsent } from "@/lib/sam/consent";
import { disconnect } from "@/lib/sam/disconnect";
import { runVerify } from "@/lib/sam/verify";
import { firstGdapCustomers, graphClient } from "@/lib/microsoft/graph/operations";
import { SAM_REFRESH_TOKEN } from "@/lib/secrets/store";
import { signIn } from "../../helpers/signin";
import { ADMIN, PARTNER_ADMIN_UPN, startHarness, type Harness } from "./harness";

// Wizard steps 2 and 3 (consent through the simulator's real pages, verify) and disconnect.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
beforeEach(() => h.fresh());


/** Step 2 as a browser does it: our authorize URL → the simulator's sign-in pages → back with a code. */
async function walkConsent(upn = PARTNER_ADMIN_UPN, consent: "accept" | "cancel" = "accept") {
  const { url, cookie } = await beginConsent(h.deps, ADMIN);
  const result = await signIn(url, upn, { consent });
  expect(result.location, result.html?.slice(0, 300)).toBeDefined();
  return { url, cookie, query: new URL(result.location!).searchParams };
}

describe("step 2: connect as partner admin", () => {
  beforeEach(() => saveAppRegistration(h.deps, ADMIN, h.app()));

  it("sends an auth-code + PKCE S256 request with prompt=login on the configured identity host", async () => {
    const { url, cookie } = await beginConsent(h.deps, ADMIN);
    const u = new URL(url);
    expect(u.origin + u.pathname).toBe(`${h.sim.url}/login.microsoftonline.com/${h.world.partnerTenantId}/oauth2/v2.0/authorize`);
    expect(Object.fromEntries(u.searchParams)).toMatchObject({ code_challenge_method: "S256", prompt: "login", redirect_uri: h.deps.redirectUri, response_type: "code" });
    expect(u.searchParams.get("scope")).toContain("offline_access");
    // the verifier travels only inside the sealed cookie
    expect(cookie).not.toContain(u.searchParams.get("state")!);
  });

  it("exchanges the code, stores the refresh token encrypted and marks the connection", async () => {
    const { cookie, query } = await walkConsent();
    expect(await completeConsent(h.deps, ADMIN, query, cookie)).toEqual({ upn: PARTNER_ADMIN_UPN });
    expect(await h.conn()).toMatchObject({ status: "connected", connectedByUpn: PARTNER_ADMIN_UPN });
    expect((await h.conn())?.refreshTokenIssuedAt).toBeInstanceOf(Date);
    expect((await h.secrets.getSecret(SAM_REFRESH_TOKEN))?.plaintext).toMatch(/^1\.A/);
    expect((await h.audits("sam.connected"))[0]).toMatchObject({ outcome: "succeeded", actorName: ADMIN.upn });
  });

  it("refuses a callback whose state or cookie does not match, and a replayed code", async () => {
    const { cookie, query } = await walkConsent();
    const forged = new URLSearchParams(query);
    forged.set("state", "forged");
    await expect(completeConsent(h.deps, ADMIN, forged, cookie)).rejects.toMatchObject({ upstream: { code: "expired" } });
    await expect(completeConsent(h.deps, ADMIN, query, undefined)).rejects.toMatchObject({ upstream: { code: "expired" } });
    await expect(completeConsent(h.deps, { ...ADMIN, id: "someone-else" }, query, cookie)).rejects.toMatchObject({ upstream: { code: "expired" } });
    await completeConsent(h.deps, ADMIN, query, cookie);
    await expect(completeConsent(h.deps, ADMIN, query, cookie)).rejects.toMatchObject({ code: "AUTH_CODE_REDEEMED" });
    expect((await h.audits("sam.connect_failed")).length).toBe(4);
  });

  it("reports a declined consent with the fix-it", async () => {
    const { cookie, query } = await walkConsent(PARTNER_ADMIN_UPN, "cancel");
    expect(query.get("error")).toBe("access_denied");
    const err = await completeConsent(h.deps, ADMIN, query, cookie).catch((e: unknown) => e);
    expect(err).toMatchObject({ upstream: { code: "declined" } });
    expect((await h.conn())?.status).toBe("pending_consent");
  });
});

describe("step 3: verify, then disconnect", () => {
  beforeEach(async () => {
    await saveAppRegistration(h.deps, ADMIN, h.app());
    const { cookie, query } = await walkConsent();
    await completeConsent(h.deps, ADMIN, query, cookie);
  });

  it("mints a partner token, counts GDAP customers and mints one customer token", async () => {
    const result = await runVerify(h.deps);
    expect(result.checks.map((c) => [c.id, c.ok])).toEqual([["partner_token", true], ["gdap_customers", true], ["customer_token", true]]);
    expect(result.customerCount).toBeGreaterThan(10);
    expect(result.checks[2]!.detail).toBe(`Minted a Graph token for ${result.customer!.displayName}.`);
    expect(result.secretExpiresAt).toMatch(/^\d{4}-/);
    expect(JSON.stringify(result)).not.toMatch(/eyJ/);
  });

  it("reports each customer that failed before one worked", async () => {
    const [first, second] = await firstGdapCustomers(graphClient(h.world.partnerTenantId, h.deps), 2);
    await h.ctl.post("/faults", { host: "identity", tenant: first!.tenantId, aadsts: 53003 });
    await h.ctl.post("/faults", { host: "identity", tenant: second!.tenantId, aadsts: 90099 });
    const result = await runVerify(h.deps);
    const check = result.checks.find((c) => c.id === "customer_token")!;
    expect(check.ok).toBe(true);
    const attempts = check.attempts!;
    expect(attempts.slice(0, 2).map((a) => [a.tenantId, a.ok, a.error?.code])).toEqual([
      [first!.tenantId, false, "CONDITIONAL_ACCESS_BLOCKED"],
      [second!.tenantId, false, "APP_NOT_AUTHORIZED_IN_TENANT"],
    ]);
    // (the world's own unhealthy customers may come next; every failure is listed until one works)
    expect(attempts.at(-1)).toMatchObject({ ok: true, tenantId: result.customer!.tenantId });
    expect(attempts.slice(0, -1).every((a) => !a.ok && a.error)).toBe(true);
    expect(check.attempts![0]!.error!.fixIt).toMatch(/Conditional Access/);
  });

  it("stops after five customers and says none worked", async () => {
    for (const c of await firstGdapCustomers(graphClient(h.world.partnerTenantId, h.deps), 5)) {
      await h.ctl.post("/faults", { host: "identity", tenant: c.tenantId, aadsts: 50020 });
    }
    const result = await runVerify(h.deps);
    expect(result.ok).toBe(false);
    const check = result.checks.find((c) => c.id === "customer_token")!;
    expect(check.attempts).toHaveLength(5);
    expect(check.attempts!.every((a) => a.error?.code === "GDAP_ACCESS_MISSING")).toBe(true);
    expect(check.detail).toMatch(/any of the 5 customers/);
  });

  it("disconnect deletes the refresh token; the broker is then not connected", async () => {
    await disconnect(h.deps, ADMIN);
    expect(await h.secrets.getSecret(SAM_REFRESH_TOKEN)).toBeNull();
    expect(await h.conn()).toMatchObject({ status: "disconnected", refreshTokenSecretId: null });
    await expect(h.deps.broker.getAccessToken({ tenantId: h.world.partnerTenantId, resource: "graph" })).rejects.toMatchObject({ code: "NOT_CONNECTED" });
    expect(await h.audits("sam.disconnected")).toHaveLength(1);
    // reconnecting needs only the consent: the app registration and its secret were kept
    const { cookie, query } = await walkConsent();
    await completeConsent(h.deps, ADMIN, query, cookie);
    expect((await h.conn())?.status).toBe("connected");
  });
});
