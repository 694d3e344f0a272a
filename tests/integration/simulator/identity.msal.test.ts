import { ConfidentialClientApplication, CryptoProvider, InteractionRequiredAuthError, ServerError } from "@azure/msal-node";
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { issueRefreshTokenFor } from "../../../simulator/identity/refresh";
import { simulatorNetworkClient, toSimulator } from "../../helpers/msal";
import { signIn } from "../../helpers/signin";
import { startTestSimulator } from "../../helpers/sim";

/** Real msal-node against the simulator; its network client is the only thing pointed elsewhere. */
let sim: Simulator;
const REDIRECT = "http://localhost:3000/api/sam/callback";
const GRAPH = ["https://graph.microsoft.com/.default"];

function sam(authority = "https://login.microsoftonline.com/common") {
  const w = sim.ctx.world;
  return new ConfidentialClientApplication({
    auth: { clientId: w.samApp.appId, clientSecret: w.samApp.passwordCredentials[0]!.secretText, authority },
    system: { networkClient: simulatorNetworkClient(sim.url) },
  });
}

const tenant = (health: string) => sim.ctx.world.customers.find((t) => t.health === health)!;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

describe("msal-node ConfidentialClientApplication against the simulator", () => {
  it("auth code + PKCE: getAuthCodeUrl → sign-in pages → acquireTokenByCode", async () => {
    const cca = sam();
    const { verifier, challenge } = await new CryptoProvider().generatePkceCodes();
    const url = await cca.getAuthCodeUrl({
      scopes: GRAPH, redirectUri: REDIRECT, codeChallenge: challenge, codeChallengeMethod: "S256", state: "st-1", nonce: "n-1",
    });
    expect(url.startsWith("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")).toBe(true);
    const r = await signIn(toSimulator(sim.url, url), "alex@contosomsp.com");
    const back = new URL(r.location!);
    expect(back.origin + back.pathname).toBe(REDIRECT);
    expect(back.searchParams.get("state")).toBe("st-1");
    const code = back.searchParams.get("code")!;
    const result = await cca.acquireTokenByCode(
      { code, scopes: GRAPH, redirectUri: REDIRECT, codeVerifier: verifier, nonce: "n-1", state: "st-1" },
      { code, state: back.searchParams.get("state")!, client_info: back.searchParams.get("client_info") ?? undefined },
    );
    const w = sim.ctx.world;
    expect(result.tenantId).toBe(w.partner.id);
    expect(result.account?.username).toBe("alex@contosomsp.com");
    expect(result.account?.homeAccountId).toBe(`${w.personas[0]!.userId}.${w.partner.id}`);
    expect(result.idTokenClaims).toMatchObject({ aud: w.samApp.appId, nonce: "n-1", tid: w.partner.id, ver: "2.0" });
    expect(decodeJwt(result.accessToken)).toMatchObject({ aud: "https://graph.microsoft.com", tid: w.partner.id, upn: "alex@contosomsp.com" });
    // the refresh token msal cached is redeemable at a customer tenant (the SAM pattern)
    const cache = JSON.parse(cca.getTokenCache().serialize()) as { RefreshToken: Record<string, { secret: string }> };
    const rt = Object.values(cache.RefreshToken)[0]!.secret;
    const healthy = tenant("healthy");
    const there = await cca.acquireTokenByRefreshToken({ refreshToken: rt, scopes: GRAPH, authority: `https://login.microsoftonline.com/${healthy.id}` });
    expect(decodeJwt(there!.accessToken)).toMatchObject({ tid: healthy.id, aud: "https://graph.microsoft.com" });
    // acquireTokenSilent for another customer: the account's tenantId must name that tenant (stack-notes' trap)
    const other = tenant("dap-only");
    const silent = await cca.acquireTokenSilent({
      account: { ...result.account!, tenantId: other.id }, scopes: GRAPH, authority: `https://login.microsoftonline.com/${other.id}`,
    });
    expect(silent.fromCache).toBe(false);
    expect(decodeJwt(silent.accessToken).tid).toBe(other.id);
  });

  it("acquireTokenByRefreshToken at a customer tenant authority carries the GDAP roles", async () => {
    const w = sim.ctx.world;
    const rt = issueRefreshTokenFor(sim.ctx, "megan@contosomsp.com", w.samApp.appId);
    const healthy = tenant("healthy");
    const r = await sam().acquireTokenByRefreshToken({
      refreshToken: rt, scopes: ["https://outlook.office365.com/.default"], authority: `https://login.microsoftonline.com/${healthy.initialDomain}`,
    });
    const claims = decodeJwt(r!.accessToken) as { tid: string; aud: string; wids: string[]; idp: string };
    expect(claims).toMatchObject({ tid: healthy.id, aud: "https://outlook.office365.com" });
    expect(claims.wids).toContain("29232cdf-9323-42fd-ade2-1d097af3e4de"); // Exchange Administrator via GDAP
    expect(r!.tenantId).toBe(healthy.id);
  });

  it("surfaces world-state failures as msal errors with the AADSTS number", async () => {
    const rt = issueRefreshTokenFor(sim.ctx, "alex@contosomsp.com", sim.ctx.world.samApp.appId);
    const blocked = tenant("ca-blocked");
    const ca = await sam().acquireTokenByRefreshToken({ refreshToken: rt, scopes: GRAPH, authority: `https://login.microsoftonline.com/${blocked.id}` }).catch((e) => e);
    expect(ca).toBeInstanceOf(InteractionRequiredAuthError);
    expect(ca.errorNo).toBe(53003);
    expect(ca.subError).toBe("message_only");
    const noConsent = tenant("no-consent");
    const nc = await sam().acquireTokenByRefreshToken({ refreshToken: rt, scopes: GRAPH, authority: `https://login.microsoftonline.com/${noConsent.id}` }).catch((e) => e);
    expect(nc).toBeInstanceOf(ServerError);
    expect(Number(nc.errorNo)).toBe(90099);
  });

  it("client credentials in a consented customer tenant and in the partner tenant", async () => {
    const healthy = tenant("healthy");
    const r = await sam(`https://login.microsoftonline.com/${healthy.id}`).acquireTokenByClientCredential({ scopes: GRAPH });
    const claims = decodeJwt(r!.accessToken) as { tid: string; idtyp: string; roles: string[] };
    expect(claims).toMatchObject({ tid: healthy.id, idtyp: "app" });
    expect(claims.roles).toContain("User.ReadWrite.All");
    const home = await sam(`https://login.microsoftonline.com/${sim.ctx.world.partner.id}`).acquireTokenByClientCredential({ scopes: GRAPH });
    expect(decodeJwt(home!.accessToken)).toMatchObject({ tid: sim.ctx.world.partner.id });
    const nc = await sam(`https://login.microsoftonline.com/${tenant("no-consent").id}`).acquireTokenByClientCredential({ scopes: GRAPH }).catch((e) => e);
    expect(Number(nc.errorNo)).toBe(700016);
  });
});
