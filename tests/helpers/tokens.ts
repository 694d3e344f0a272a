import type { Simulator } from "../../simulator/server";

export type TokenResource = "graph" | "exchange" | "partnerCenter";

const SCOPES: Record<TokenResource, string> = {
  graph: "https://graph.microsoft.com/.default",
  exchange: "https://outlook.office365.com/.default",
  partnerCenter: "https://api.partnercenter.microsoft.com/.default",
};

export const PARTNER_ADMIN = "alex@contosomsp.com";

type Grant = { refreshToken: string; clientId: string; clientSecret: string };
const refreshTokens = new WeakMap<Simulator, Map<string, Promise<Grant>>>();

/** A partner user's refresh token for the SAM app, as if they had signed in and consented (one per simulator and user). */
function partnerGrant(sim: Simulator, upn: string) {
  const grants = refreshTokens.get(sim) ?? new Map<string, Promise<Grant>>();
  refreshTokens.set(sim, grants);
  let grant = grants.get(upn);
  if (!grant) {
    grant = (async () => {
      const post = (path: string, body: unknown) =>
        fetch(`${sim.url}/_sim${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const world = (await (await fetch(`${sim.url}/_sim/world`)).json()) as { samApp: { clientId: string; clientSecret: string } };
      const rt = (await (await post("/refresh-token", { upn })).json()) as { refresh_token: string };
      return { refreshToken: rt.refresh_token, clientId: world.samApp.clientId, clientSecret: world.samApp.clientSecret };
    })();
    grants.set(upn, grant);
  }
  return grant;
}

/**
 * Redeems a partner refresh token (Alex, the partner admin, unless `upn` says otherwise) at `tenantId`'s
 * token endpoint, as the token broker does; the raw answer.
 */
export async function tokenResponse(sim: Simulator, tenantId: string, resource: TokenResource, upn = PARTNER_ADMIN) {
  const g = await partnerGrant(sim, upn);
  const res = await fetch(`${sim.url}/login.microsoftonline.com/${tenantId}/oauth2/v2.0/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "refresh_token", client_id: g.clientId, client_secret: g.clientSecret, refresh_token: g.refreshToken, scope: SCOPES[resource],
    }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

/** An access token for `resource` in `tenantId` minted by the simulator's real token endpoint; throws on AADSTS errors. */
export async function tokenFor(sim: Simulator, tenantId: string, resource: TokenResource, upn = PARTNER_ADMIN): Promise<string> {
  const r = await tokenResponse(sim, tenantId, resource, upn);
  if (r.status !== 200) throw new Error(`token for ${resource} at ${tenantId}: ${r.status} ${r.json.error_description ?? JSON.stringify(r.json)}`);
  return r.json.access_token as string;
}
