/**
 * Microsoft's real hosts and the base URLs we are configured to reach them at. Libraries
 * (msal) keep talking about the real hosts — authorities, scopes, audiences are identifiers —
 * and only the transport rewrites the URL. That is the one and only simulator switch.
 */
export interface MicrosoftEndpoints {
  identity: string;
  graph: string;
  partnerCenter: string;
  exchange: string;
}

export const REAL_HOSTS: Record<keyof MicrosoftEndpoints, string> = {
  identity: "https://login.microsoftonline.com",
  graph: "https://graph.microsoft.com",
  partnerCenter: "https://api.partnercenter.microsoft.com",
  exchange: "https://outlook.office365.com",
};

export function endpointsFromEnv(e: {
  MICROSOFT_IDENTITY_URL: string;
  MICROSOFT_GRAPH_URL: string;
  MICROSOFT_PARTNER_CENTER_URL: string;
  MICROSOFT_EXCHANGE_URL: string;
}): MicrosoftEndpoints {
  return {
    identity: e.MICROSOFT_IDENTITY_URL,
    graph: e.MICROSOFT_GRAPH_URL,
    partnerCenter: e.MICROSOFT_PARTNER_CENTER_URL,
    exchange: e.MICROSOFT_EXCHANGE_URL,
  };
}

/** Rewrites a URL on a real Microsoft host onto its configured base; other URLs pass through. */
export function toConfiguredUrl(url: string, endpoints: MicrosoftEndpoints): string {
  for (const key of Object.keys(REAL_HOSTS) as (keyof MicrosoftEndpoints)[]) {
    const real = REAL_HOSTS[key];
    if (url === real || url.startsWith(`${real}/`) || url.startsWith(`${real}?`)) {
      return endpoints[key] + url.slice(real.length);
    }
  }
  return url;
}

/**
 * The inverse of toConfiguredUrl: a URL the configured host handed back (an @odata.nextLink)
 * becomes the real Microsoft URL again, so SDKs that parse "https://graph.microsoft.com/v1.0/…"
 * keep working when the configured base is plain http.
 */
export function toRealUrl(url: string, endpoints: MicrosoftEndpoints): string {
  for (const key of Object.keys(REAL_HOSTS) as (keyof MicrosoftEndpoints)[]) {
    const base = endpoints[key];
    if (url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`)) {
      return REAL_HOSTS[key] + url.slice(base.length);
    }
  }
  return url;
}
