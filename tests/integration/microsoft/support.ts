import { expect } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { AppError } from "@/lib/errors";
import { createExchangeClient, type ExchangeClientConfig } from "@/lib/microsoft/exchange/client";
import { createPartnerCenterClient, type PartnerCenterClientConfig } from "@/lib/microsoft/partner-center/client";
import { control } from "../../helpers/control";
import { tokenFor } from "../../helpers/tokens";

export interface WorldTenant {
  tenantId: string;
  displayName: string;
  defaultDomain: string;
  initialDomain: string;
  health: string;
}

export async function world(sim: Simulator): Promise<{ partnerTenantId: string; samApp: { clientId: string; displayName: string }; tenants: WorldTenant[] }> {
  return (await control(sim).get("/world")).body;
}

/** `GET /_sim/world/tenants/{id}`: what the simulator holds now, to check a write really landed. */
export async function tenantDetail(sim: Simulator, tenantId: string) {
  return (await control(sim).get(`/world/tenants/${tenantId}`)).body;
}

/** An Exchange client exactly as the app builds one, on the simulator's base URL with real tokens. */
export function exchangeClient(sim: Simulator, t: WorldTenant, o: { domain?: string; http?: ExchangeClientConfig["http"] } = {}) {
  return createExchangeClient({
    baseUrl: `${sim.url}/outlook.office365.com`,
    tenant: { id: t.tenantId, initialDomain: o.domain ?? t.initialDomain },
    getToken: () => tokenFor(sim, t.tenantId, "exchange"),
    http: o.http,
  });
}

export function partnerCenterClient(sim: Simulator, partnerTenantId: string, o: Partial<PartnerCenterClientConfig> = {}) {
  return createPartnerCenterClient({
    baseUrl: `${sim.url}/api.partnercenter.microsoft.com`,
    getToken: () => tokenFor(sim, partnerTenantId, "partnerCenter"),
    ...o,
  });
}

export async function failure(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

export const exchangeCalls = async (sim: Simulator, since: number, op = "") =>
  (await control(sim).get(`/requests?host=exchange&since=${since}${op ? `&op=${op}` : ""}`)).body.entries as { op: string; status: number }[];

export const lastSeq = async (sim: Simulator) => (await control(sim).get("/requests/count")).body.lastSeq as number;
