/** Our shapes for what leaves the Partner Center module; its raw JSON never does. */

/** Resource app ids used in consent grants. */
export const RESOURCE_APP_ID = {
  graph: "00000003-0000-0000-c000-000000000000",
  exchange: "00000002-0000-0ff1-ce00-000000000000",
} as const;

export interface PartnerCustomer {
  /** the customer's tenant id (Partner Center's customer id is the same value) */
  tenantId: string;
  commerceId: string | null;
  companyName: string;
  /**
   * Partner Center's `companyProfile.domain`: the customer's default domain, often a vanity one —
   * not the initial .onmicrosoft.com domain Exchange needs.
   */
  defaultDomain: string;
  relationshipToPartner: string | null;
  allowDelegatedAccess: boolean | null;
}

export interface ConsentGrant {
  /** the API the grant is for (RESOURCE_APP_ID.graph, .exchange, …) */
  resourceAppId: string;
  /** delegated scopes, e.g. ["Exchange.Manage"] */
  scopes: string[];
}

export interface ApplicationConsent {
  applicationId: string;
  displayName: string;
  grants: ConsentGrant[];
}

export type CreateConsentResult =
  | { alreadyExists: false; consent: ApplicationConsent; requestIds: string[] }
  /** Partner Center's 409 "Permission entry already exists.": the existing grants were left as they were */
  | { alreadyExists: true; requestIds: string[] };

export interface DeleteConsentResult {
  /** true when there was no consent to remove (404) */
  notFound: boolean;
  requestIds: string[];
}

export interface GrantConsentResult {
  consent: ApplicationConsent;
  /** true when an existing consent was removed and created again to refresh its grants */
  recreated: boolean;
  requestIds: string[];
}
