import { startSimulator, type Simulator } from "../../simulator/server";

/** Starts an in-process simulator on a free loopback port for one test file. */
export async function startTestSimulator(o: { tenants?: number; seed?: string } = {}): Promise<Simulator> {
  return startSimulator({ seed: o.seed ?? "tenantry-test", tenants: o.tenants ?? 25, port: 0 });
}

export async function json<T = any>(res: Response): Promise<T> {
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`expected JSON, got ${res.status}: ${text.slice(0, 300)}`);
  }
}
