import type { TenantRow } from "./types";
import type { TenantDiagnostics } from "./types-diagnostics";

/** The tenant overview: part of the tenants API contract (re-exported by ./types). */

/**
 * Who the customer is: what every role sees (a service-desk agent needs it to find the tenant's
 * users). GET /api/v1/tenants/{id} answers only this, with `configurationVisible: false`, to roles
 * without the `tenants.configuration` permission.
 */
export interface TenantIdentity extends TenantRow {
  configurationVisible: false;
  domains: { id: string; isDefault: boolean; isInitial: boolean; isVerified: boolean }[];
  organization: {
    displayName: string;
    countryLetterCode: string | null;
    createdDateTime: string | null;
    tenantType: string | null;
  } | null;
  lastSyncError: { code: string; message: string; at: string } | null;
}

/** Everything the overview shows: the identity plus how the partner reaches the tenant. */
export interface TenantDetail extends Omit<TenantIdentity, "configurationVisible"> {
  configurationVisible: true;
  licenses: { enabled: number; consumed: number } | null;
  licenseSkus: { skuId: string; skuPartNumber: string; enabled: number; consumed: number }[];
  relationships: {
    id: string;
    displayName: string;
    status: string; // Graph's delegatedAdminRelationshipStatus
    createdAt: string | null;
    activatedAt: string | null;
    endsAt: string | null;
    daysLeft: number | null;
    autoExtendDuration: string | null; // ISO 8601 duration, "PT0S" = off
    autoExtendBlockedByGlobalAdmin: boolean;
    isMicrosoftLed: boolean;
    roles: { id: string; name: string }[];
    accessAssignments: {
      id: string;
      groupId: string;
      groupName: string | null;
      status: string;
      roles: { id: string; name: string }[];
    }[];
  }[];
  hasDapContract: boolean;
  inGdap: boolean;
  inPartnerCenter: boolean;
  consentDetail: {
    samAppConsented: boolean;
    grants: { resource: string; scopes: string[] }[];
    checkedAt: string | null;
  } | null;
  diagnostics: TenantDiagnostics | null;
  portals: { id: "m365" | "entra" | "exchange" | "intune"; label: string; href: string }[];
}

/** What GET /api/v1/tenants/{id} answers, depending on the caller's role. */
export type TenantView = TenantDetail | TenantIdentity;

/** PATCH /api/v1/tenants/{id} body (admin only). */
export interface TenantPatch {
  alias?: string | null;
  tags?: string[];
}
