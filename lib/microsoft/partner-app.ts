import { ConfidentialClientApplication, type INetworkModule, type NetworkRequestOptions } from "@azure/msal-node";
import { decodeJwt } from "jose";
import { AppError } from "../errors";
import { REAL_HOSTS, type MicrosoftEndpoints } from "./endpoints";
import { msalNetworkClient } from "./msal-network";
import { RESOURCES } from "./resources";

const GRAPH_DEFAULT = RESOURCES.graph.scope;

/** What an msal client for the partner's SAM app needs; the secret comes from the form or the store. */
export interface AppRegistration {
  partnerTenantId: string;
  clientId: string;
  clientSecret: string;
}

/**
 * msal client for the SAM app at the partner tenant's authority (the real host; the network
 * client maps it onto the configured identity URL). A new instance per flow, so its in-memory
 * cache dies with it. `onRefreshToken` receives every refresh token the token endpoint returns.
 */
export function partnerClient(
  app: AppRegistration,
  endpoints: MicrosoftEndpoints,
  onRefreshToken?: (refreshToken: string) => void,
): ConfidentialClientApplication {
  const network = msalNetworkClient(endpoints);
  return new ConfidentialClientApplication({
    auth: { clientId: app.clientId, clientSecret: app.clientSecret, authority: `${REAL_HOSTS.identity}/${app.partnerTenantId}` },
    system: { networkClient: onRefreshToken ? capturing(network, onRefreshToken) : network },
  });
}

/**
 * msal keeps no refresh token it cannot file under an account, and a refresh grant without an id
 * token (every customer-tenant redemption) gives it none: its cache stays empty and the rotated
 * token would be lost. The token endpoint's answer is the one reliable place to read it.
 */
function capturing(inner: INetworkModule, onRefreshToken: (refreshToken: string) => void): INetworkModule {
  return {
    sendGetRequestAsync: (url, options) => inner.sendGetRequestAsync(url, options),
    async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions) {
      const res = await inner.sendPostRequestAsync<T>(url, options);
      const token = (res.body as { refresh_token?: unknown } | undefined)?.refresh_token;
      if (res.status === 200 && typeof token === "string" && token) onRefreshToken(token);
      return res;
    },
  };
}

/** What the SAM wizard needs from the store: the app, decrypted inside lib/microsoft only. */
interface AppSource {
  loadApp(): Promise<AppRegistration | null>;
}

/**
 * An msal client for the stored app registration, so callers drive consent without ever holding
 * the secret themselves. Null when no app registration is stored.
 */
export async function storedPartnerClient(
  store: AppSource,
  endpoints: MicrosoftEndpoints,
  onRefreshToken?: (refreshToken: string) => void,
): Promise<{ client: ConfidentialClientApplication; partnerTenantId: string; clientId: string } | null> {
  const app = await store.loadApp();
  if (!app) return null;
  return { client: partnerClient(app, endpoints, onRefreshToken), partnerTenantId: app.partnerTenantId, clientId: app.clientId };
}

/**
 * Asks for an app-only Graph token at the partner tenant: success proves tenant, client id and
 * secret belong together. An absent secret means the stored one. Returns the token's tenant id
 * (a GUID even when a domain was given); msal errors propagate for the caller to translate.
 */
export async function checkAppCredentials(
  app: Omit<AppRegistration, "clientSecret"> & { clientSecret?: string },
  store: AppSource,
  endpoints: MicrosoftEndpoints,
): Promise<string | null> {
  const clientSecret = app.clientSecret ?? (await store.loadApp())?.clientSecret;
  if (!clientSecret) return null;
  const result = await partnerClient({ ...app, clientSecret }, endpoints).acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT] });
  const tid = result?.accessToken ? decodeJwt(result.accessToken).tid : undefined;
  if (typeof tid !== "string") throw new AppError("MICROSOFT_ERROR", "The identity platform returned a token without a tenant id.");
  return tid.toLowerCase();
}
