import { decodeJwt } from "jose";

import type { Simulator } from "../../simulator/server";
import { authorizeUrl, pkce, tokenPost } from "./identity";
import { signIn } from "./signin";

export const SIGNIN_REDIRECT = "http://127.0.0.1:3999/api/auth/callback/azure-ad";

/**
 * The id-token claims a persona's Tenantry sign-in produces, obtained the way the app does:
 * authorize (PKCE + nonce) through the simulator's pages, then redeem the code with the
 * sign-in app's secret.
 */
export async function signInClaims(sim: Simulator, upn: string): Promise<Record<string, unknown>> {
  const app = sim.ctx.world.signInApp;
  const tenant = sim.ctx.world.partner.id;
  const { verifier, challenge } = pkce();
  const url = authorizeUrl(sim, tenant, {
    client_id: app.appId, response_type: "code", redirect_uri: SIGNIN_REDIRECT, scope: "openid profile email",
    state: "state-1", nonce: "nonce-1", code_challenge: challenge, code_challenge_method: "S256",
  });
  const result = await signIn(url, upn);
  const code = result.location ? new URL(result.location).searchParams.get("code") : null;
  if (!code) throw new Error(`no code for ${upn}: ${result.html?.slice(0, 200) ?? result.status}`);
  const token = await tokenPost(sim, tenant, {
    grant_type: "authorization_code", client_id: app.appId, client_secret: app.passwordCredentials[0]!.secretText,
    code, redirect_uri: SIGNIN_REDIRECT, code_verifier: verifier,
  });
  if (!token.json.id_token) throw new Error(`no id_token for ${upn}: ${JSON.stringify(token.json)}`);
  return decodeJwt(token.json.id_token as string);
}
