import { afterAll, beforeAll, describe, expect, it } from "vitest";
// next-auth 4's OIDC engine (a dependency of next-auth): what the technician sign-in runs on.
import { generators, Issuer } from "openid-client";
import type { Simulator } from "../../../simulator/server";
import { signIn } from "../../helpers/signin";
import { startTestSimulator } from "../../helpers/sim";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

describe("openid-client (next-auth's OIDC library) against the simulator", () => {
  it("discovers the tenant's issuer and completes code + PKCE + state + nonce with signature checks", async () => {
    const w = sim.ctx.world;
    const app = w.signInApp;
    const redirect = "http://localhost:3000/api/auth/callback/azure-ad";
    const issuer = await Issuer.discover(`${sim.url}/login.microsoftonline.com/${w.partner.id}/v2.0/.well-known/openid-configuration`);
    expect(issuer.metadata.issuer).toBe(`${sim.url}/login.microsoftonline.com/${w.partner.id}/v2.0`);
    const client = new issuer.Client({ client_id: app.appId, client_secret: app.passwordCredentials[0]!.secretText, redirect_uris: [redirect], response_types: ["code"] });
    const verifier = generators.codeVerifier();
    const state = generators.state();
    const nonce = generators.nonce();
    const url = client.authorizationUrl({
      scope: "openid profile email offline_access User.Read", code_challenge: generators.codeChallenge(verifier),
      code_challenge_method: "S256", state, nonce,
    });
    const r = await signIn(url, "isaiah@contosomsp.com");
    const params = client.callbackParams(r.location!);
    const tokens = await client.callback(redirect, params, { code_verifier: verifier, state, nonce });
    expect(tokens.claims()).toMatchObject({ preferred_username: "isaiah@contosomsp.com", tid: w.partner.id, aud: app.appId });
    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await client.refresh(tokens.refresh_token!);
    expect(refreshed.claims().oid).toBe(tokens.claims().oid);
  });
});
