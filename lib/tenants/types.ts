import type { DiagnosticStepId } from "./types-diagnostics";

/**
 * The tenants API contract, shared by the server (lib/tenants/*, app/api/v1/tenants/*) and the UI
 * (/tenants list, tenant overview, ⌘K switcher). Client-safe: types and constant lists only.
 */

export const GDAP_STATUSES = ["active", "expiring", "expired", "pending", "none", "mlt_only", "dap"] as const;
/** Derived per tenant from its relationships: `expiring` = active but ending within 30 days;
 *  `mlt_only` = only Microsoft-led (MLT_) relationships; `dap` = no GDAP, legacy DAP contract only. */
export type GdapStatus = (typeof GDAP_STATUSES)[number];

export const CONSENT_STATES = ["granted", "partial", "missing", "unknown"] as const;
/** SAM app consent in the customer tenant: `partial` = consent present but Graph or Exchange.Manage grant missing;
 *  `unknown` = Partner Center could not be read for this tenant. */
export type ConsentState = (typeof CONSENT_STATES)[number];

export const ACCESS_STATUSES = ["healthy", "warning", "failing", "unknown"] as const;
/** Overall result of the last access diagnostics run; `unknown` = never run. */
export type AccessStatus = (typeof ACCESS_STATUSES)[number];

export const TENANT_SORTS = ["displayName", "gdapEndsAt", "accessStatus", "syncedAt"] as const;
export type TenantSort = (typeof TENANT_SORTS)[number];
export type SortDir = "asc" | "desc";

export const MAX_PAGE_SIZE = 200;

/**
 * Query parameters of GET /api/v1/tenants and /api/v1/tenants.csv (all optional). gdap, consent,
 * access and tag also accept a comma list (any of the values). Invalid values → 400 with `fields`.
 */
export interface TenantListQuery {
  q?: string; // contains, case-insensitive, over displayName, defaultDomain, initialDomain, alias
  gdap?: GdapStatus;
  consent?: ConsentState;
  access?: AccessStatus;
  tag?: string;
  sort?: TenantSort; // default displayName
  dir?: SortDir; // default asc
  page?: number; // 1-based, default 1
  pageSize?: number; // default 50, max 200
  includeRemoved?: boolean; // default false
}

export interface TenantRow {
  id: string; // customer tenant GUID
  displayName: string;
  defaultDomain: string | null;
  initialDomain: string | null;
  alias: string | null;
  tags: string[];
  gdap: {
    status: GdapStatus;
    endsAt: string | null; // ISO; latest end date among active relationships
    daysLeft: number | null;
    autoExtend: boolean;
    autoExtendBlockedByGlobalAdmin: boolean;
    relationshipCount: number;
  };
  consent: ConsentState;
  access: { status: AccessStatus; failingStep: DiagnosticStepId | null; checkedAt: string | null };
  licenses: { enabled: number; consumed: number } | null; // null = not read yet / read failed
  syncedAt: string | null;
  removedAt: string | null;
}

// A type, not an interface: the list hands it to the table's FacetCountsContext (a string-keyed record).
export type TenantListFacets = {
  gdap: Record<GdapStatus, number>;
  consent: Record<ConsentState, number>;
  access: Record<AccessStatus, number>;
  tags: Record<string, number>;
};

export interface TenantListResponse {
  items: TenantRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Counts over the whole scope with every other filter applied except the facet's own (shadcn faceted filter). */
  facets: TenantListFacets;
}

// Split for size; import everything from "@/lib/tenants/types".
export * from "./types-diagnostics";
export * from "./types-detail";
