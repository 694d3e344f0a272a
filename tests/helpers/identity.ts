import { createHash, randomBytes } from "node:crypto";
import type { Simulator } from "../../simulator/server";
import { signIn, type SignInResult } from "./signin";

export const SAM_REDIRECT = "http://localhost:3000/api/sam/callback";

export function sam(sim: Simulator) {
  const app = sim.ctx.world.samApp;
  return { clientId: app.appId, secret: app.passwordCredentials[0]!.secretText };
}

export function customer(sim: Simulator, health: string) {
  const t = sim.ctx.world.customers.find((c) => c.health === health);
  if (!t) throw new Error(`no customer with health ${health}`);
  return t;
}

/** POSTs a form to /{tenant}/oauth2/v2.0/token (or another identity path) and returns status, headers and JSON. */
export async function tokenPost(sim: Simulator, tenant: string, form: Record<string, string | undefined>, o: { path?: string; headers?: Record<string, string> } = {}) {
  const body = new URLSearchParams(Object.entries(form).filter((e): e is [string, string] => e[1] !== undefined));
  const res = await fetch(`${sim.url}/login.microsoftonline.com/${tenant}${o.path ?? "/oauth2/v2.0/token"}`, {
    method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...o.headers }, body,
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, any> };
}

export function pkce() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export function authorizeUrl(sim: Simulator, tenant: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  return `${sim.url}/login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?${q}`;
}

/** Signs `upn` in to the SAM app through the HTML pages and returns the code with its PKCE verifier. */
export async function samCode(sim: Simulator, upn: string, o: { tenant?: string; scope?: string; extra?: Record<string, string> } = {}) {
  const { verifier, challenge } = pkce();
  const url = authorizeUrl(sim, o.tenant ?? "organizations", {
    client_id: sam(sim).clientId, response_type: "code", redirect_uri: SAM_REDIRECT, state: "s1", nonce: "nonce-1",
    scope: o.scope ?? "https://graph.microsoft.com/.default offline_access openid profile",
    code_challenge: challenge, code_challenge_method: "S256", ...o.extra,
  });
  const result: SignInResult = await signIn(url, upn);
  const code = result.location ? new URL(result.location).searchParams.get("code") ?? undefined : undefined;
  return { code, verifier, result };
}
