import type { ApplicationConsent, ConsentGrant, PartnerCustomer } from "./types";

type Raw = Record<string, unknown>;

const obj = (v: unknown): Raw => (v && typeof v === "object" && !Array.isArray(v) ? (v as Raw) : {});
/** Partner Center documents camelCase; MSP tools send and some answers echo PascalCase. */
const field = (o: Raw, name: string): unknown => o[name] ?? o[name.charAt(0).toUpperCase() + name.slice(1)];
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

export function reshapeCustomer(raw: unknown): PartnerCustomer {
  const c = obj(raw);
  const profile = obj(field(c, "companyProfile"));
  const allow = field(c, "allowDelegatedAccess");
  return {
    tenantId: (str(field(profile, "tenantId")) ?? str(field(c, "id")) ?? "").toLowerCase(),
    commerceId: str(field(c, "commerceId")),
    companyName: str(field(profile, "companyName")) ?? "",
    defaultDomain: (str(field(profile, "domain")) ?? "").toLowerCase(),
    relationshipToPartner: str(field(c, "relationshipToPartner")),
    allowDelegatedAccess: typeof allow === "boolean" ? allow : null,
  };
}

function reshapeGrant(raw: unknown): ConsentGrant {
  const g = obj(raw);
  return {
    resourceAppId: (str(field(g, "enterpriseApplicationId")) ?? "").toLowerCase(),
    scopes: (str(field(g, "scope")) ?? "").split(/[,\s]+/).filter(Boolean),
  };
}

export function reshapeConsent(raw: unknown): ApplicationConsent {
  const c = obj(raw);
  const grants = field(c, "applicationGrants");
  return {
    applicationId: (str(field(c, "applicationId")) ?? "").toLowerCase(),
    displayName: str(field(c, "displayName")) ?? "",
    grants: Array.isArray(grants) ? grants.map(reshapeGrant) : [],
  };
}

/** Our consent → the request body Partner Center documents (scopes comma separated). */
export function consentBody(c: ApplicationConsent) {
  return {
    applicationId: c.applicationId,
    displayName: c.displayName,
    applicationGrants: c.grants.map((g) => ({ enterpriseApplicationId: g.resourceAppId, scope: g.scopes.join(",") })),
  };
}
