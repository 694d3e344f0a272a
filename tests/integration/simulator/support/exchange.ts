import type { Simulator } from "../../../../simulator/server";
import { json } from "../../../helpers/sim";

export interface ExoAnswer {
  status: number;
  headers: Headers;
  body: any;
}

/** POSTs one cmdlet to InvokeCommand the way the ExchangeOnlineManagement module and CIPP do. */
export async function invoke(sim: Simulator, o: {
  token: string; tenant: string; cmdlet: string; params?: Record<string, unknown>;
  version?: string; select?: string; pageSize?: number; url?: string; headers?: Record<string, string>;
}): Promise<ExoAnswer> {
  const url = o.url ?? `${sim.url}/outlook.office365.com/adminapi/${o.version ?? "beta"}/${o.tenant}/InvokeCommand${o.select ? `?$select=${o.select}` : ""}`;
  const res = await fetch(url, {
    method: "POST",
    headers: {
      authorization: `Bearer ${o.token}`,
      "content-type": "application/json; charset=utf-8",
      "x-anchormailbox": `APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@${o.tenant}`,
      ...(o.pageSize ? { prefer: `odata.maxpagesize=${o.pageSize}` } : {}),
      ...o.headers,
    },
    body: JSON.stringify({ CmdletInput: { CmdletName: o.cmdlet, Parameters: o.params ?? {} } }),
  });
  return { status: res.status, headers: res.headers, body: await json(res) };
}

/** Runs a Get-* cmdlet through every @odata.nextLink, POSTing the same body each time. */
export async function invokeAll(sim: Simulator, o: Parameters<typeof invoke>[1]): Promise<{ pages: number; value: any[] }> {
  let r = await invoke(sim, o);
  const value = [...r.body.value];
  let pages = 1;
  while (r.body["@odata.nextLink"]) {
    r = await invoke(sim, { ...o, url: r.body["@odata.nextLink"] });
    if (r.status !== 200) throw new Error(`page ${pages + 1}: ${r.status} ${JSON.stringify(r.body)}`);
    value.push(...r.body.value);
    pages++;
  }
  return { pages, value };
}

/** The cmdlet's own text from an InvokeCommand error body. */
export const detail = (body: any): string => body?.error?.details?.[0]?.message ?? "";
