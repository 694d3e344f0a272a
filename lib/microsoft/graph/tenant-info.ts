import { graphGetAll, type GraphClient } from "./client";

/** A legacy DAP contract, read in the partner tenant. */
export interface DapContract {
  customerTenantId: string;
  defaultDomain: string | null;
  displayName: string;
  contractType: string | null;
}

export interface TenantDomain {
  id: string;
  isDefault: boolean;
  isInitial: boolean;
  isVerified: boolean;
}

export interface TenantOrganization {
  id: string;
  displayName: string;
  countryLetterCode: string | null;
  createdDateTime: string | null;
  tenantType: string | null;
}

export interface TenantSku {
  skuId: string;
  skuPartNumber: string;
  capabilityStatus: string;
  /** prepaidUnits.enabled */
  enabled: number;
  consumed: number;
}

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** Legacy DAP contracts (`/contracts`, partner tenant): customers reached through AdminAgents, not GDAP. */
export async function listContracts(gc: GraphClient): Promise<DapContract[]> {
  const raw = await graphGetAll<Raw>(gc, (sdk) => sdk.api("/contracts").select(["customerId", "defaultDomainName", "displayName", "contractType"]).top(999).get());
  return raw.map((c) => ({
    customerTenantId: (str(c.customerId) ?? "").toLowerCase(),
    defaultDomain: str(c.defaultDomainName)?.toLowerCase() ?? null,
    displayName: str(c.displayName) ?? "",
    contractType: str(c.contractType),
  }));
}

/** The customer tenant's domains; `gc` acts in that tenant. */
export async function listDomains(gc: GraphClient): Promise<TenantDomain[]> {
  const raw = await graphGetAll<Raw>(gc, (sdk) => sdk.api("/domains").select(["id", "isDefault", "isInitial", "isVerified"]).get());
  return raw.map((d) => ({ id: String(d.id).toLowerCase(), isDefault: d.isDefault === true, isInitial: d.isInitial === true, isVerified: d.isVerified === true }));
}

/** The tenant's organization object (there is exactly one), or null when Graph returns none. */
export async function getOrganization(gc: GraphClient): Promise<TenantOrganization | null> {
  const raw = await graphGetAll<Raw>(gc, (sdk) => sdk.api("/organization").select(["id", "displayName", "countryLetterCode", "createdDateTime", "tenantType"]).get());
  const o = raw[0];
  if (!o) return null;
  return {
    id: String(o.id),
    displayName: str(o.displayName) ?? "",
    countryLetterCode: str(o.countryLetterCode),
    createdDateTime: str(o.createdDateTime),
    tenantType: str(o.tenantType),
  };
}

/** Licences the tenant has bought (`/subscribedSkus`) with enabled and consumed units. */
export async function listSubscribedSkus(gc: GraphClient): Promise<TenantSku[]> {
  const raw = await graphGetAll<Raw>(gc, (sdk) => sdk.api("/subscribedSkus").get());
  return raw.map((s) => ({
    skuId: String(s.skuId).toLowerCase(),
    skuPartNumber: str(s.skuPartNumber) ?? "",
    capabilityStatus: str(s.capabilityStatus) ?? "Enabled",
    enabled: num((s.prepaidUnits as Raw | undefined)?.enabled),
    consumed: num(s.consumedUnits),
  }));
}
