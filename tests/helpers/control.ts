import type { Simulator } from "../../simulator/server";

export interface ControlAnswer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** Calls the simulator's `/_sim` control API over real HTTP, as scripts and other test files do. */
export function control(sim: Simulator) {
  const call = async <T = any>(method: string, path: string, body?: unknown): Promise<ControlAnswer<T>> => {
    const res = await fetch(`${sim.url}/_sim${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
  return {
    get: <T = any>(path: string) => call<T>("GET", path),
    post: <T = any>(path: string, body: unknown = {}) => call<T>("POST", path, body),
    del: <T = any>(path: string) => call<T>("DELETE", path),
  };
}
