import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { control } from "../../helpers/control";
import { authorizeUrl, customer, sam, tokenPost } from "../../helpers/identity";
import { startTestSimulator } from "../../helpers/sim";

/**
 * The control endpoints that steer sign-in state, each checked by what the identity host then
 * does: /_sim/refresh-token, /_sim/revoke/*, consents, Conditional Access, app registrations.
 */
let sim: Simulator;
let api: ReturnType<typeof control>;
const GRAPH = "https://graph.microsoft.com/.default";
const ALEX = "alex@contosomsp.com";

beforeAll(async () => {
  sim = await startTestSimulator({ seed: "control-identity" });
  api = control(sim);
});
afterAll(() => sim.close());

const issue = async (upn = ALEX) => (await api.post("/refresh-token", { upn })).body.refresh_token as string;
const redeem = (tenant: string, refreshToken: string) =>
  tokenPost(sim, tenant, { grant_type: "refresh_token", client_id: sam(sim).clientId, client_secret: sam(sim).secret, refresh_token: refreshToken, scope: GRAPH });
const errorCode = async (p: ReturnType<typeof redeem>) => {
  const r = await p;
  return r.status === 200 ? 0 : r.json.error_codes?.[0];
};

describe("POST /_sim/refresh-token", () => {
  it("issues a SAM refresh token that redeems at a customer tenant the persona reaches through GDAP", async () => {
    const r = await api.post("/refresh-token", { upn: ALEX });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ refresh_token: expect.any(String), client_id: sim.ctx.world.samApp.appId, upn: ALEX });
    const t = customer(sim, "healthy");
    const token = await redeem(t.id, r.body.refresh_token);
    expect(token.status).toBe(200);
    expect(decodeJwt(token.json.access_token)).toMatchObject({ tid: t.id, aud: "https://graph.microsoft.com", upn: ALEX });
  });

  it("issues for another registered client and scope when asked", async () => {
    const signIn = sim.ctx.world.signInApp;
    const r = await api.post("/refresh-token", { upn: "megan@contosomsp.com", clientId: signIn.appId, scope: "User.Read offline_access openid" });
    expect(r.status).toBe(200);
    expect(sim.ctx.tokens.openRefreshToken(r.body.refresh_token)).toMatchObject({ cid: signIn.appId, scp: "User.Read offline_access openid" });
  });

  it("400 on bad input, 404 for an unknown user or client, 409 when the user cannot consent", async () => {
    expect((await api.post("/refresh-token", {})).body.error.fields).toHaveProperty("upn");
    expect((await api.post("/refresh-token", { upn: ALEX, clientId: 42 })).body.error.fields).toHaveProperty("clientId");
    expect((await api.post("/refresh-token", { upn: "nobody@contosomsp.com" })).status).toBe(404);
    expect((await api.post("/refresh-token", { upn: ALEX, clientId: "11111111-2222-4333-8444-555555555555" })).status).toBe(404);
    const disabled = [...customer(sim, "healthy").directory.users.values()].find((u) => !u.accountEnabled && u.userType === "Member")!;
    const r = await api.post("/refresh-token", { upn: disabled.userPrincipalName });
    expect(r).toMatchObject({ status: 409, body: { error: { code: "cannot_issue" } } });
  });
});

describe("POST /_sim/revoke/refresh-token", () => {
  it("kills exactly that token (AADSTS50173); the user's other tokens keep working", async () => {
    const t = customer(sim, "healthy").id;
    const [doomed, other] = [await issue(), await issue()];
    const r = await api.post("/revoke/refresh-token", { refresh_token: doomed });
    expect(r).toMatchObject({ status: 200, body: { revoked: true, jti: expect.any(String) } });
    expect(await errorCode(redeem(t, doomed))).toBe(50173);
    expect(await errorCode(redeem(t, other))).toBe(0);
  });

  it("400 for something that is not one of our refresh tokens", async () => {
    for (const refresh_token of ["garbage", "1.Aabc.def", ""]) {
      const r = await api.post("/revoke/refresh-token", { refresh_token });
      expect(r.status).toBe(400);
      expect(r.body.error.fields).toHaveProperty("refresh_token");
    }
  });
});

describe("POST /_sim/revoke/user-sessions", () => {
  it("revokes every refresh token issued before now, like a password change", async () => {
    const t = customer(sim, "healthy").id;
    const [a, b] = [await issue("lee@contosomsp.com"), await issue("lee@contosomsp.com")];
    const r = await api.post("/revoke/user-sessions", { upn: "LEE@contosomsp.com" });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ upn: "lee@contosomsp.com", tenantId: sim.ctx.world.partner.id, signInSessionsValidFromDateTime: expect.any(String) });
    expect(await errorCode(redeem(t, a))).toBe(50173);
    expect(await errorCode(redeem(t, b))).toBe(50173);
    expect(await errorCode(redeem(t, await issue("lee@contosomsp.com")))).toBe(0);
    expect((await api.post("/revoke/user-sessions", { upn: "ghost@contosomsp.com" })).status).toBe(404);
    expect((await api.post("/revoke/user-sessions", { name: "lee" })).status).toBe(400);
  });
});

describe("DELETE /_sim/tenants/{tenantId}/consents/{appId}", () => {
  it("removes the SAM consent; the tenant then refuses the app (AADSTS90099)", async () => {
    const t = customer(sim, "healthy");
    const rt = await issue();
    expect(await errorCode(redeem(t.id, rt))).toBe(0);
    const r = await api.del(`/tenants/${t.defaultDomain}/consents/${sim.ctx.world.samApp.appId.toUpperCase()}`);
    expect(r.status).toBe(204);
    expect((await api.get(`/world/tenants/${t.id}`)).body.consents).toEqual([]);
    expect(await errorCode(redeem(t.id, await issue()))).toBe(90099);
    expect((await api.del(`/tenants/${t.id}/consents/${sim.ctx.world.samApp.appId}`)).status).toBe(404);
    expect((await api.del(`/tenants/nowhere.example/consents/${sim.ctx.world.samApp.appId}`)).status).toBe(404);
    await api.post("/reset", {});
  });
});

describe("POST /_sim/tenants/{tenantId}/conditional-access", () => {
  it("blocks and unblocks partner users (AADSTS53003)", async () => {
    const t = customer(sim, "healthy").id;
    const on = await api.post(`/tenants/${t}/conditional-access`, { blocksPartnerUsers: true });
    expect(on.body).toEqual({ tenantId: t, blocksPartnerUsers: true });
    expect(await errorCode(redeem(t, await issue()))).toBe(53003);
    await api.post(`/tenants/${t}/conditional-access`, { blocksPartnerUsers: false });
    expect(await errorCode(redeem(t, await issue()))).toBe(0);
    // The seeded ca-blocked tenant can be lifted too.
    const blocked = customer(sim, "ca-blocked").id;
    await api.post(`/tenants/${blocked}/conditional-access`, { blocksPartnerUsers: false });
    expect(await errorCode(redeem(blocked, await issue()))).toBe(0);
    expect((await api.post(`/tenants/${t}/conditional-access`, { blocksPartnerUsers: "yes" })).status).toBe(400);
    expect((await api.post(`/tenants/nowhere.example/conditional-access`, { blocksPartnerUsers: true })).status).toBe(404);
    await api.post("/reset", {});
  });
});

describe("POST /_sim/apps/{clientId}/redirect-uris", () => {
  it("registers an extra redirect URI that the authorize endpoint then accepts", async () => {
    const uri = "https://tenantry.example.com/api/sam/callback";
    const open = () => fetch(authorizeUrl(sim, "organizations", { client_id: sam(sim).clientId, response_type: "code", redirect_uri: uri, scope: "openid" }));
    const before = await open();
    expect(before.status).toBe(400);
    expect(await before.text()).toContain("AADSTS50011");
    const r = await api.post(`/apps/${sam(sim).clientId}/redirect-uris`, { uri });
    expect(r.status).toBe(200);
    expect(r.body.redirectUris).toContain(uri);
    expect((await open()).status).toBe(200);
    // Registering twice keeps one entry.
    expect((await api.post(`/apps/${sam(sim).clientId}/redirect-uris`, { uri })).body.redirectUris.filter((u: string) => u === uri)).toHaveLength(1);
    expect((await api.post(`/apps/${sam(sim).clientId}/redirect-uris`, { uri: "not a url" })).status).toBe(400);
    expect((await api.post(`/apps/${sam(sim).clientId}/redirect-uris`, { uri: "ftp://x.example/cb" })).status).toBe(400);
    expect((await api.post("/apps/11111111-2222-4333-8444-555555555555/redirect-uris", { uri })).status).toBe(404);
  });
});

describe("POST /_sim/apps/{clientId}/secret/expire", () => {
  it("shortens the secret's life, then expires it (AADSTS7000222 for client credentials)", async () => {
    const cc = () => tokenPost(sim, customer(sim, "healthy").id, { grant_type: "client_credentials", client_id: sam(sim).clientId, client_secret: sam(sim).secret, scope: GRAPH });
    const soon = await api.post(`/apps/${sam(sim).clientId}/secret/expire`, { inDays: 10 });
    expect(soon.status).toBe(200);
    const end = Date.parse(soon.body.passwordCredentials[0].endDateTime);
    expect(end - sim.ctx.clock.now()).toBeGreaterThan(9.9 * 86_400_000);
    expect((await cc()).status).toBe(200);
    expect((await api.get("/world")).body.samApp.clientSecret).toBe(sam(sim).secret);

    await api.post("/clock/advance", { days: 11 });
    let r = await cc();
    expect({ status: r.status, code: r.json.error_codes?.[0] }).toEqual({ status: 401, code: 7000222 });
    await api.post("/reset", {});
    expect((await cc()).status).toBe(200);

    expect((await api.post(`/apps/${sam(sim).clientId}/secret/expire`, {})).status).toBe(200);
    r = await cc();
    expect(r.json.error_codes).toEqual([7000222]);
    expect((await api.post(`/apps/${sam(sim).clientId}/secret/expire`, { inDays: -1 })).status).toBe(400);
    expect((await api.post("/apps/nope/secret/expire", {})).status).toBe(404);
    await api.post("/reset", {});
  });
});
