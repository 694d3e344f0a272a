import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from "@azure/msal-node";
import { toConfiguredUrl, type MicrosoftEndpoints } from "./endpoints";

/**
 * msal refuses http:// authorities, so it keeps the real login.microsoftonline.com authority
 * and this transport maps each request onto the configured identity base URL.
 */
export function msalNetworkClient(endpoints: MicrosoftEndpoints, timeoutMs = 30_000): INetworkModule {
  async function send<T>(method: "GET" | "POST", url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const res = await fetch(toConfiguredUrl(url, endpoints), {
      method,
      headers: options?.headers,
      body: method === "POST" ? options?.body : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = { error: "invalid_response", error_description: `Non-JSON response (${res.status}) from the identity platform.` };
    }
    return { headers, body: body as T, status: res.status };
  }
  return {
    sendGetRequestAsync: (url, options) => send("GET", url, options),
    sendPostRequestAsync: (url, options) => send("POST", url, options),
  };
}
