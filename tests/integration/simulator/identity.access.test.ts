import { decodeJwt } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DAY_MS } from "../../../simulator/core/clock";
import { issueRefreshTokenFor } from "../../../simulator/identity/refresh";
import type { Simulator } from "../../../simulator/server";
import { RESOURCE } from "../../../simulator/world/catalog";
import { fullConsent } from "../../../simulator/world/generate";
import { customer, sam, tokenPost } from "../../helpers/identity";
import { startTestSimulator } from "../../helpers/sim";

/**
 * The SAM refresh-token rules, each failure produced by the world's state (GDAP, consent,
 * Conditional Access, account, revocation, the clock), never by a switch.
 */
let sim: Simulator;
const GRAPH = "https://graph.microsoft.com/.default";
const EXCHANGE = "https://outlook.office365.com/.default";

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
afterEach(() => {
  sim.ctx.clock.reset();
  sim.ctx.faults.clear();
});

const rtFor = (upn: string, clientId = sam(sim).clientId) => issueRefreshTokenFor(sim.ctx, upn, clientId);

function redeem(tenant: string, refreshToken: string, scope = GRAPH, extra: Record<string, string> = {}) {
  return tokenPost(sim, tenant, { grant_type: "refresh_token", client_id: sam(sim).clientId, client_secret: sam(sim).secret, refresh_token: refreshToken, scope, ...extra });
}

async function expectError(p: Promise<{ status: number; json: Record<string, any> }>, code: number, error: string, status = 400) {
  const r = await p;
  expect({ status: r.status, error: r.json.error, codes: r.json.error_codes }).toEqual({ status, error, codes: [code] });
  expect(r.json.error_description).toMatch(new RegExp(`^AADSTS${code}: `));
  return r.json;
}

describe("refresh token at a customer tenant: who may get a token", () => {
  it("healthy GDAP tenant: token for that tenant with the user's GDAP roles", async () => {
    const t = customer(sim, "healthy");
    const r = await redeem(t.id, rtFor("megan@contosomsp.com"));
    expect(r.status).toBe(200);
    const at = decodeJwt(r.json.access_token) as Record<string, any>;
    expect(at).toMatchObject({ tid: t.id, aud: "https://graph.microsoft.com", upn: "megan@contosomsp.com", appid: sam(sim).clientId });
    expect(at.scp).toContain("User.ReadWrite.All");
    expect(at.wids.length).toBeGreaterThan(0);
    expect(typeof r.json.refresh_token).toBe("string");
  });

  it("tenant id or any of its domains addresses the same tenant", async () => {
    const t = customer(sim, "healthy");
    for (const name of [t.initialDomain, t.defaultDomain]) {
      const r = await redeem(name, rtFor("alex@contosomsp.com"));
      expect(decodeJwt(r.json.access_token).tid).toBe(t.id);
    }
  });

  it("90002 for a tenant that does not exist", async () => {
    await expectError(redeem("00000000-0000-4000-8000-000000000000", rtFor("alex@contosomsp.com")), 90002, "invalid_request");
    await expectError(redeem("nobody.onmicrosoft.com", rtFor("alex@contosomsp.com")), 90002, "invalid_request");
  });

  it.each(["expired", "gdap-pending", "mlt-only"] as const)("50020 where GDAP grants the user nothing (%s)", async (health) => {
    await expectError(redeem(customer(sim, health).id, rtFor("megan@contosomsp.com")), 50020, "invalid_grant");
  });

  it("50020 for a partner user in no GDAP group (no-access persona)", async () => {
    await expectError(redeem(customer(sim, "healthy").id, rtFor("diego@contosomsp.com")), 50020, "invalid_grant");
  });

  it("legacy DAP: AdminAgents members get in, others get 50020", async () => {
    const t = customer(sim, "dap-only");
    const ok = await redeem(t.id, rtFor("alex@contosomsp.com"));
    expect(ok.status).toBe(200);
    expect(decodeJwt(ok.json.access_token).wids).toContain("62e90394-69f5-4237-9190-012177145e10");
    await expectError(redeem(t.id, rtFor("megan@contosomsp.com")), 50020, "invalid_grant");
  });

  it("53003 with suberror and claims where Conditional Access blocks partner users", async () => {
    const body = await expectError(redeem(customer(sim, "ca-blocked").id, rtFor("alex@contosomsp.com")), 53003, "invalid_grant");
    expect(body.suberror).toBe("message_only");
    expect(JSON.parse(body.claims)).toMatchObject({ access_token: { capolids: { essential: true } } });
  });

  it("90099 without an application consent; a consent added to the tenant unlocks the token", async () => {
    const t = customer(sim, "no-consent");
    const rt = rtFor("alex@contosomsp.com");
    await expectError(redeem(t.id, rt), 90099, "invalid_grant");
    const app = sim.ctx.world.samApp;
    t.consents.set(app.appId, fullConsent(app.appId, app.displayName, sim.ctx.clock.iso()));
    try {
      const r = await redeem(t.id, rt);
      expect(r.status).toBe(200);
      expect(decodeJwt(r.json.access_token).tid).toBe(t.id);
    } finally {
      t.consents.delete(app.appId);
    }
  });

  it("65001 consent_required when the consent lacks the resource; adding the grant unlocks it", async () => {
    const t = customer(sim, "exchange-consent-missing");
    const rt = rtFor("megan@contosomsp.com");
    expect((await redeem(t.id, rt, GRAPH)).status).toBe(200);
    const body = await expectError(redeem(t.id, rt, EXCHANGE), 65001, "invalid_grant");
    expect(body.suberror).toBe("consent_required");
    const grants = t.consents.get(sam(sim).clientId)!.applicationGrants;
    grants.push({ enterpriseApplicationId: RESOURCE.exchange.appId, scope: "Exchange.Manage" });
    try {
      const r = await redeem(t.id, rt, EXCHANGE);
      expect(decodeJwt(r.json.access_token)).toMatchObject({ aud: "https://outlook.office365.com", scp: "Exchange.Manage" });
    } finally {
      grants.pop();
    }
  });

  it("65001 for a delegated scope the customer's consent does not include", async () => {
    await expectError(redeem(customer(sim, "healthy").id, rtFor("alex@contosomsp.com"), "https://graph.microsoft.com/Mail.Read"), 65001, "invalid_grant");
  });

  it("50057 for a disabled partner user", async () => {
    const rt = rtFor("lee@contosomsp.com");
    const lee = sim.ctx.world.partner.directory.users.get(sim.ctx.world.personas.find((p) => p.upn === "lee@contosomsp.com")!.userId)!;
    lee.accountEnabled = false;
    try {
      await expectError(redeem(customer(sim, "healthy").id, rt), 50057, "invalid_grant");
    } finally {
      lee.accountEnabled = true;
    }
  });

  it("Partner Center only in the partner tenant; unknown resource 500011; malformed scope 70011", async () => {
    const rt = rtFor("alex@contosomsp.com");
    const pc = await redeem(sim.ctx.world.partner.id, rt, "https://api.partnercenter.microsoft.com/user_impersonation");
    expect(decodeJwt(pc.json.access_token)).toMatchObject({ aud: "https://api.partnercenter.microsoft.com", scp: "user_impersonation" });
    await expectError(redeem(customer(sim, "healthy").id, rt, "https://api.partnercenter.microsoft.com/.default"), 500011, "invalid_resource");
    await expectError(redeem(customer(sim, "healthy").id, rt, "https://contoso.example/.default"), 500011, "invalid_resource");
    await expectError(redeem(customer(sim, "healthy").id, rt, "https://graph.microsoft.com/"), 70011, "invalid_scope");
  });

  it("one resource per token: the first scope's resource wins", async () => {
    const r = await redeem(customer(sim, "healthy").id, rtFor("alex@contosomsp.com"), `${EXCHANGE} ${GRAPH} offline_access`);
    expect(decodeJwt(r.json.access_token).aud).toBe("https://outlook.office365.com");
    expect(r.json.scope).toBe("https://outlook.office365.com/Exchange.Manage offline_access");
  });

  it("common issues for the user's home tenant", async () => {
    const r = await redeem("common", rtFor("alex@contosomsp.com"), `${GRAPH} openid profile`, { client_info: "1" });
    expect(decodeJwt(r.json.access_token).tid).toBe(sim.ctx.world.partner.id);
    const info = JSON.parse(Buffer.from(r.json.client_info, "base64url").toString());
    expect(info).toEqual({ uid: sim.ctx.world.personas[0]!.userId, utid: sim.ctx.world.partner.id });
    expect(decodeJwt(r.json.id_token)).toMatchObject({ aud: sam(sim).clientId, tid: sim.ctx.world.partner.id, ver: "2.0" });
  });
});

describe("refresh token validity", () => {
  it("9002313 for garbage, 70000 for another client's token", async () => {
    await expectError(redeem(customer(sim, "healthy").id, "not-a-refresh-token"), 9002313, "invalid_request");
    const signInRt = rtFor("alex@contosomsp.com", sim.ctx.world.signInApp.appId);
    await expectError(redeem(customer(sim, "healthy").id, signInRt), 70000, "invalid_grant");
  });

  it("rotates on every redemption and the presented token stays valid", async () => {
    const t = customer(sim, "healthy").id;
    const first = rtFor("alex@contosomsp.com");
    const a = await redeem(t, first);
    const b = await redeem(t, first);
    expect(a.json.refresh_token).not.toBe(first);
    expect(b.json.refresh_token).not.toBe(a.json.refresh_token);
    expect((await redeem(t, a.json.refresh_token)).status).toBe(200);
  });

  it("700082 after 90 idle days on the simulated clock; a rotated token starts its own clock", async () => {
    const t = customer(sim, "healthy").id;
    const old = rtFor("alex@contosomsp.com");
    sim.ctx.clock.advance(60 * DAY_MS);
    const rotated = (await redeem(t, old)).json.refresh_token as string;
    sim.ctx.clock.advance(31 * DAY_MS);
    const body = await expectError(redeem(t, old), 700082, "invalid_grant");
    expect(body.suberror).toBe("bad_token");
    expect((await redeem(t, rotated)).status).toBe(200);
  });

  it("50173 once the user's sessions are revoked; a fresh token works again", async () => {
    const t = customer(sim, "healthy").id;
    const rt = rtFor("patti@contosomsp.com");
    const patti = sim.ctx.world.partner.directory.users.get(sim.ctx.world.personas.find((p) => p.role === "admin")!.userId)!;
    const before = patti.signInSessionsValidFromDateTime;
    sim.ctx.clock.advance(1);
    patti.signInSessionsValidFromDateTime = sim.ctx.clock.iso();
    sim.ctx.clock.advance(1);
    try {
      await expectError(redeem(t, rt), 50173, "invalid_grant");
      expect((await redeem(t, rtFor("patti@contosomsp.com"))).status).toBe(200);
    } finally {
      patti.signInSessionsValidFromDateTime = before;
    }
  });

  it("50173 for a refresh token revoked through ctx.revokedRefreshTokens", async () => {
    const rt = rtFor("alex@contosomsp.com");
    sim.ctx.revokedRefreshTokens.add(sim.ctx.tokens.openRefreshToken(rt)!.jti);
    await expectError(redeem(customer(sim, "healthy").id, rt), 50173, "invalid_grant");
  });

  it("the technician sign-in app is single-tenant: 700016 at a customer, 65001 for Partner Center at home", async () => {
    const rt = rtFor("megan@contosomsp.com", sim.ctx.world.signInApp.appId);
    const signIn = sim.ctx.world.signInApp;
    const post = (tenant: string, scope: string) => tokenPost(sim, tenant, {
      grant_type: "refresh_token", client_id: signIn.appId, client_secret: signIn.passwordCredentials[0]!.secretText, refresh_token: rt, scope,
    });
    await expectError(post(customer(sim, "healthy").id, GRAPH), 700016, "unauthorized_client");
    await expectError(post(sim.ctx.world.partner.id, "https://api.partnercenter.microsoft.com/.default"), 65001, "invalid_grant");
    expect((await post(sim.ctx.world.partner.id, "User.Read openid")).status).toBe(200);
  });
});

describe("client authentication", () => {
  const form = (secret?: string) => ({ grant_type: "client_credentials", client_id: sam(sim).clientId, client_secret: secret, scope: GRAPH });

  it("unknown client 700016, wrong secret 7000215 (401), missing 7000218, expired 7000222", async () => {
    const t = customer(sim, "healthy").id;
    await expectError(tokenPost(sim, t, { ...form(sam(sim).secret), client_id: "11111111-2222-4333-8444-555555555555" }), 700016, "unauthorized_client");
    await expectError(tokenPost(sim, t, form("wrong")), 7000215, "invalid_client", 401);
    await expectError(tokenPost(sim, t, form(undefined)), 7000218, "invalid_client", 401);
    sim.ctx.clock.advance(340 * DAY_MS);
    await expectError(tokenPost(sim, t, form(sam(sim).secret)), 7000222, "invalid_client", 401);
  });

  it("accepts client_secret_basic", async () => {
    const basic = Buffer.from(`${sam(sim).clientId}:${encodeURIComponent(sam(sim).secret)}`).toString("base64");
    const r = await tokenPost(sim, customer(sim, "healthy").id, { grant_type: "client_credentials", scope: GRAPH }, { headers: { authorization: `Basic ${basic}` } });
    expect(r.status).toBe(200);
  });
});

describe("client credentials", () => {
  const cc = (tenant: string, scope = GRAPH) => tokenPost(sim, tenant, { grant_type: "client_credentials", client_id: sam(sim).clientId, client_secret: sam(sim).secret, scope });

  it("700016 where no consent created the app; 9001023 at common; 1002012 without /.default; 700022 for two resources", async () => {
    await expectError(cc(customer(sim, "no-consent").id), 700016, "unauthorized_client");
    await expectError(cc("common"), 9001023, "invalid_request");
    await expectError(cc(customer(sim, "healthy").id, "https://graph.microsoft.com/User.Read"), 1002012, "invalid_scope");
    await expectError(cc(customer(sim, "healthy").id, `${GRAPH} ${EXCHANGE}`), 700022, "invalid_scope");
  });

  it("roles come from the tenant's consent (Exchange.Manage becomes Exchange.ManageAsApp)", async () => {
    const r = await cc(customer(sim, "healthy").id, EXCHANGE);
    expect(decodeJwt(r.json.access_token)).toMatchObject({ aud: "https://outlook.office365.com", roles: ["Exchange.ManageAsApp"], idtyp: "app" });
    const none = await cc(customer(sim, "exchange-consent-missing").id, EXCHANGE);
    expect(decodeJwt(none.json.access_token).roles).toEqual([]);
  });
});

describe("fault injection on identity.token", () => {
  it("an injected AADSTS error comes back in the token endpoint's shape", async () => {
    sim.ctx.faults.add({ host: "identity", op: "identity.token", aadsts: 50076, count: 1 });
    const body = await expectError(redeem(customer(sim, "healthy").id, rtFor("alex@contosomsp.com")), 50076, "invalid_grant");
    expect(body.suberror).toBe("basic_action");
    expect((await redeem(customer(sim, "healthy").id, rtFor("alex@contosomsp.com"))).status).toBe(200);
  });

  it("throttling answers 429 with Retry-After for the targeted tenant only", async () => {
    const t = customer(sim, "healthy");
    sim.ctx.faults.add({ tenant: t.initialDomain, op: "identity.token", throttleRate: 1, retryAfterSeconds: 7 });
    const r = await redeem(t.id, rtFor("alex@contosomsp.com"));
    expect(r.status).toBe(429);
    expect(r.headers.get("retry-after")).toBe("7");
    expect(r.json.error).toBe("temporarily_unavailable");
    expect((await redeem(customer(sim, "dap-only").id, rtFor("alex@contosomsp.com"))).status).toBe(200);
  });
});
