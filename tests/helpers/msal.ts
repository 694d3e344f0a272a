import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from "@azure/msal-node";

const MICROSOFT_HOSTS = /^https:\/\/(login\.microsoftonline\.com|graph\.microsoft\.com|api\.partnercenter\.microsoft\.com|outlook\.office365\.com)(?=\/|$)/i;

/** Maps a Microsoft URL onto the simulator (`https://login.microsoftonline.com/x` → `{sim}/login.microsoftonline.com/x`). */
export function toSimulator(simUrl: string, url: string): string {
  return url.replace(MICROSOFT_HOSTS, (_m, host: string) => `${simUrl}/${host.toLowerCase()}`);
}

/**
 * msal-node's only switch to the simulator ("Way 1" in stack-notes): the real authority stays
 * https://login.microsoftonline.com and this network client sends Microsoft hosts to the simulator.
 */
export function simulatorNetworkClient(simUrl: string): INetworkModule {
  const call = async <T>(method: "GET" | "POST", url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    const res = await fetch(toSimulator(simUrl, url), { method, headers: options?.headers, body: method === "POST" ? options?.body : undefined });
    const text = await res.text();
    let body: unknown = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = { error: "invalid_response", error_description: text.slice(0, 200) };
    }
    return { headers: Object.fromEntries(res.headers), body: body as T, status: res.status };
  };
  return {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => call<T>("GET", url, options),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => call<T>("POST", url, options),
  };
}
