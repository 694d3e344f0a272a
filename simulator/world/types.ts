/**
 * The simulated Microsoft partner cloud: one partner (MSP) tenant, its app registrations,
 * and N customer tenants reachable through GDAP/DAP. Host modules (identity, graph,
 * partner-center, exchange) read and mutate this state; nothing here speaks HTTP.
 * Property names follow Microsoft's own resource names so serialisers stay thin.
 */

export type TenantHealth =
  | "healthy"
  | "expiring"
  | "expired"
  | "ga-auto-extend-blocked"
  | "mlt-only"
  | "no-exchange-role"
  | "no-consent"
  | "exchange-consent-missing"
  | "ca-blocked"
  | "dap-only"
  | "gdap-pending";

export type PersonaRole = "partner-admin" | "admin" | "technician" | "service-desk" | "read-only" | "no-access";

export interface AuthMethod {
  id: string;
  "@odata.type": string;
  /** extra properties as Graph returns them for this method type (phoneNumber, displayName…) */
  props: Record<string, unknown>;
}

export interface AssignedLicense {
  skuId: string;
  disabledPlans: string[];
}

export interface User {
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mail: string | null;
  mailNickname: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  mobilePhone: string | null;
  businessPhones: string[];
  preferredLanguage: string | null;
  usageLocation: string | null;
  accountEnabled: boolean;
  userType: "Member" | "Guest";
  createdDateTime: string;
  assignedLicenses: AssignedLicense[];
  passwordPolicies: string | null;
  /** never serialised; set by create/reset so tests can check it changed */
  password: string;
  forceChangePasswordNextSignIn: boolean;
  lastPasswordChangeDateTime: string;
  /** refresh tokens issued before this instant are revoked (revokeSignInSessions, password reset) */
  signInSessionsValidFromDateTime: string;
  authenticationMethods: AuthMethod[];
  /** seeded labels, not Graph data: "break-glass", "persona:technician"… */
  tags: string[];
}

export interface Group {
  id: string;
  displayName: string;
  description: string | null;
  mailNickname: string;
  mail: string | null;
  mailEnabled: boolean;
  securityEnabled: boolean;
  groupTypes: string[];
  createdDateTime: string;
  /** directoryObject ids (users or groups) */
  members: Set<string>;
}

/** An activated directory role (Graph only lists activated roles). */
export interface DirectoryRole {
  id: string;
  roleTemplateId: string;
  displayName: string;
  description: string;
  members: Set<string>;
}

export interface ServicePlan {
  servicePlanId: string;
  servicePlanName: string;
  provisioningStatus: string;
  appliesTo: string;
}

export interface SubscribedSku {
  skuId: string;
  skuPartNumber: string;
  capabilityStatus: "Enabled" | "Suspended" | "Warning" | "LockedOut" | "Deleted";
  prepaidUnits: { enabled: number; lockedOut: number; suspended: number; warning: number };
  servicePlans: ServicePlan[];
  subscriptionIds: string[];
  appliesTo: string;
}

export interface Domain {
  id: string;
  isDefault: boolean;
  isInitial: boolean;
  isVerified: boolean;
  authenticationType: "Managed" | "Federated";
  supportedServices: string[];
}

export interface MailboxPermission {
  user: string; // UPN or "NT AUTHORITY\\SELF"
  accessRights: string[]; // FullAccess, ReadPermission…
  isInherited: boolean;
  deny: boolean;
  inheritanceType: string;
}

export interface RecipientPermission {
  trustee: string;
  accessRights: string[]; // SendAs
  accessControlType: "Allow" | "Deny";
  isInherited: boolean;
}

export interface AutoReplyConfiguration {
  autoReplyState: "Disabled" | "Enabled" | "Scheduled";
  internalMessage: string;
  externalMessage: string;
  externalAudience: "None" | "Known" | "All";
  startTime: string;
  endTime: string;
}

export interface InboxRule {
  ruleIdentity: string; // numeric string as Exchange shows it
  name: string;
  enabled: boolean;
  priority: number;
  from: string[] | null;
  subjectContainsWords: string[] | null;
  forwardTo: string[] | null;
  forwardAsAttachmentTo: string[] | null;
  redirectTo: string[] | null;
  deleteMessage: boolean;
  moveToFolder: string | null;
  markAsRead: boolean;
  stopProcessingRules: boolean;
  /** seeded label for tests and the demo: "external-forward", "delete-all"… */
  suspicious: string | null;
}

export interface Mailbox {
  /** Exchange object id (Guid) */
  guid: string;
  exchangeGuid: string;
  /** Entra object id of the owning user (user and shared mailboxes both have one) */
  externalDirectoryObjectId: string;
  alias: string;
  displayName: string;
  userPrincipalName: string;
  primarySmtpAddress: string;
  emailAddresses: string[];
  recipientTypeDetails: "UserMailbox" | "SharedMailbox" | "RoomMailbox";
  forwardingSmtpAddress: string | null;
  forwardingAddress: string | null;
  deliverToMailboxAndForward: boolean;
  hiddenFromAddressListsEnabled: boolean;
  whenCreated: string;
  permissions: MailboxPermission[];
  recipientPermissions: RecipientPermission[];
  autoReply: AutoReplyConfiguration;
  inboxRules: InboxRule[];
  itemCount: number;
  totalItemSizeBytes: number;
  prohibitSendQuotaBytes: number;
}

export interface TransportRule {
  guid: string;
  name: string;
  state: "Enabled" | "Disabled";
  mode: "Enforce" | "Audit" | "AuditAndNotify";
  priority: number;
  description: string;
  whenChanged: string;
}

export interface UnifiedRole {
  roleDefinitionId: string;
}

export interface AccessAssignment {
  id: string;
  accessContainer: { accessContainerId: string; accessContainerType: "securityGroup" };
  accessDetails: { unifiedRoles: UnifiedRole[] };
  status: "pending" | "active" | "deleting" | "deleted" | "error";
  createdDateTime: string;
  lastModifiedDateTime: string;
  etag: string;
}

export type GdapStatus =
  | "activating" | "active" | "approvalPending" | "approved" | "created" | "expired"
  | "expiring" | "terminated" | "terminating" | "terminationRequested";

export interface GdapRequest {
  id: string;
  action: "lockForApproval" | "terminate" | "approve" | "reject";
  status: "created" | "pending" | "succeeded" | "failed";
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface GdapOperation {
  id: string;
  operationType: string;
  data: string;
  status: "notStarted" | "running" | "succeeded" | "failed";
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface GdapRelationship {
  id: string;
  displayName: string;
  customer: { tenantId: string; displayName: string };
  status: GdapStatus;
  duration: string; // ISO 8601, e.g. P730D
  autoExtendDuration: string; // P180D or PT0S
  accessDetails: { unifiedRoles: UnifiedRole[] };
  createdDateTime: string;
  activatedDateTime: string | null;
  /** absolute end as epoch ms; status is derived against the clock when read */
  endMs: number | null;
  lastModifiedDateTime: string;
  etag: string;
  accessAssignments: AccessAssignment[];
  requests: GdapRequest[];
  operations: GdapOperation[];
}

export interface DapContract {
  id: string;
  contractType: "ResellerPartner" | "DelegatedAdminPartner";
  customerId: string;
  defaultDomainName: string;
  displayName: string;
}

export interface PasswordCredential {
  keyId: string;
  displayName: string;
  hint: string;
  secretText: string; // never serialised by Graph after creation
  startDateTime: string;
  endDateTime: string;
}

export interface AppRegistration {
  /** application object id in the partner tenant */
  id: string;
  appId: string;
  displayName: string;
  signInAudience: "AzureADMyOrg" | "AzureADMultipleOrgs";
  redirectUris: string[];
  passwordCredentials: PasswordCredential[];
  /** emit the `groups` claim in id tokens (technician sign-in app) */
  groupMembershipClaims: "None" | "SecurityGroup";
}

/** A Partner Center application consent: per resource app, comma-separated scopes. */
export interface ApplicationGrant {
  enterpriseApplicationId: string;
  scope: string;
}

export interface ApplicationConsent {
  applicationId: string;
  displayName: string;
  applicationGrants: ApplicationGrant[];
  createdDateTime: string;
}

export interface Organization {
  id: string;
  displayName: string;
  countryLetterCode: string;
  city: string;
  street: string;
  postalCode: string;
  state: string | null;
  preferredLanguage: string;
  createdDateTime: string;
  technicalNotificationMails: string[];
  partnerTenantType: string | null;
}

/** Everything inside one tenant's directory and Exchange organisation. */
export interface Directory {
  organization: Organization;
  users: Map<string, User>;
  groups: Map<string, Group>;
  directoryRoles: DirectoryRole[];
  subscribedSkus: SubscribedSku[];
  /** keyed by owning user's object id */
  mailboxes: Map<string, Mailbox>;
  transportRules: TransportRule[];
}

export interface Tenant {
  id: string;
  displayName: string;
  isPartner: boolean;
  domains: Domain[];
  initialDomain: string;
  defaultDomain: string;
  health: TenantHealth;
  /** Conditional Access in this tenant blocks sign-ins by foreign (partner) users */
  blocksPartnerUsers: boolean;
  /** appId -> consent (service principal + grants) present in this tenant */
  consents: Map<string, ApplicationConsent>;
  /** lazily generated: big worlds start fast and pay per tenant on first touch */
  readonly directory: Directory;
  readonly directoryGenerated: boolean;
}

export interface Persona {
  upn: string;
  displayName: string;
  role: PersonaRole;
  userId: string;
}

export interface World {
  seed: string;
  /** epoch ms of the simulated "now" when the world was generated */
  epochMs: number;
  partner: Tenant;
  customers: Tenant[];
  tenantsById: Map<string, Tenant>;
  /** lower-cased domain name -> tenant */
  tenantsByDomain: Map<string, Tenant>;
  samApp: AppRegistration;
  signInApp: AppRegistration;
  apps: Map<string, AppRegistration>;
  personas: Persona[];
  /** partner security group ids by purpose (AdminAgents, GDAP role groups, Tenantry roles) */
  partnerGroups: Record<string, string>;
  gdapRelationships: GdapRelationship[];
  contracts: DapContract[];
}
