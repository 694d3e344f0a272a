import type { OAuthConfig } from "next-auth/providers/oauth";

import type { Env } from "@/lib/env";

interface EntraIdTokenClaims {
  oid: string;
  name?: string;
  preferred_username?: string;
  email?: string;
}

/**
 * Microsoft Entra ID as a generic OIDC provider. Not next-auth's AzureAD provider: its profile
 * step fetches a photo from graph.microsoft.com (ignoring our base URLs), and its well-known URL
 * cannot point at a configured identity host. The id "azure-ad" keeps the callback path
 * (/api/auth/callback/azure-ad) that app registrations are usually created with.
 */
export function entraProvider(cfg: Env): OAuthConfig<EntraIdTokenClaims> {
  const tenant = cfg.TENANTRY_SIGNIN_TENANT_ID;
  return {
    id: "azure-ad",
    name: "Microsoft",
    type: "oauth",
    // Tenant-specific (never /common): the discovered issuer then pins sign-in to the MSP's tenant.
    wellKnown: `${cfg.MICROSOFT_IDENTITY_URL}/${tenant}/v2.0/.well-known/openid-configuration`,
    clientId: cfg.TENANTRY_SIGNIN_CLIENT_ID,
    clientSecret: cfg.TENANTRY_SIGNIN_CLIENT_SECRET,
    authorization: { params: { scope: "openid profile email", prompt: "select_account" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile(claims) {
      return {
        id: claims.oid,
        name: claims.name ?? claims.preferred_username ?? claims.oid,
        email: claims.preferred_username ?? claims.email ?? null,
      };
    },
  };
}
