import { createHash } from "node:crypto";
import type { AppRegistration, AuthMethod, DapContract, DirectoryRole, Domain, Group, SubscribedSku, Tenant } from "../../world/types";
import type { EntitySpec } from "../odata/collection";
import { consumedUnits, serviceOf } from "./plans";
import { seconds } from "./time";

const keys = <T>(full: (x: T) => Record<string, unknown>, sample: T) => new Set(Object.keys(full(sample)));

export function fullGroup(g: Group): Record<string, unknown> {
  const unified = g.groupTypes.includes("Unified");
  return {
    id: g.id, deletedDateTime: null, classification: null, createdDateTime: seconds(g.createdDateTime), creationOptions: [],
    description: g.description, displayName: g.displayName, expirationDateTime: null, groupTypes: [...g.groupTypes],
    isAssignableToRole: null, mail: g.mail, mailEnabled: g.mailEnabled, mailNickname: g.mailNickname,
    membershipRule: null, membershipRuleProcessingState: null, onPremisesDomainName: null, onPremisesLastSyncDateTime: null,
    onPremisesNetBiosName: null, onPremisesSamAccountName: null, onPremisesSecurityIdentifier: null, onPremisesSyncEnabled: null,
    preferredDataLocation: null, preferredLanguage: null, proxyAddresses: g.mail ? [`SMTP:${g.mail}`] : [],
    renewedDateTime: seconds(g.createdDateTime), resourceBehaviorOptions: [], resourceProvisioningOptions: unified ? ["Team"] : [],
    securityEnabled: g.securityEnabled, securityIdentifier: `S-1-12-1-${parseInt(g.id.slice(0, 8), 16)}`, theme: null,
    visibility: unified ? "Private" : null, onPremisesProvisioningErrors: [], serviceProvisioningErrors: [],
  };
}

const SAMPLE_GROUP: Group = { id: "0", displayName: "", description: null, mailNickname: "", mail: null, mailEnabled: false, securityEnabled: true, groupTypes: [], createdDateTime: "", members: new Set() };

export const groupSpec: EntitySpec<Group> = {
  typeName: "microsoft.graph.group", resource: "Group", metadata: "$metadata#groups", full: fullGroup,
  props: keys(fullGroup, SAMPLE_GROUP), directory: true, pageSize: 100, maxTop: 999,
  sortable: ["displayName"], searchable: ["displayName", "description", "mail", "mailNickname"],
};

export function fullDirectoryRole(r: DirectoryRole): Record<string, unknown> {
  return { id: r.id, deletedDateTime: null, description: r.description, displayName: r.displayName, roleTemplateId: r.roleTemplateId };
}

export function fullDomain(d: Domain): Record<string, unknown> {
  return {
    authenticationType: d.authenticationType, availabilityStatus: "AvailableImmediately", id: d.id, isAdminManaged: true,
    isDefault: d.isDefault, isInitial: d.isInitial, isRoot: true, isVerified: d.isVerified, manufacturer: null, model: null,
    passwordNotificationWindowInDays: 14, passwordValidityPeriodInDays: 2147483647, supportedServices: [...d.supportedServices],
    state: null,
  };
}

export function fullSubscribedSku(tenant: Tenant, s: SubscribedSku): Record<string, unknown> {
  return {
    accountName: tenant.displayName, accountId: tenant.id, appliesTo: s.appliesTo, capabilityStatus: s.capabilityStatus,
    consumedUnits: consumedUnits(tenant, s.skuId), id: `${tenant.id}_${s.skuId}`, prepaidUnits: { ...s.prepaidUnits },
    servicePlans: s.servicePlans.map((p) => ({ ...p })), skuId: s.skuId, skuPartNumber: s.skuPartNumber,
    subscriptionIds: [...s.subscriptionIds],
  };
}

export function fullOrganization(tenant: Tenant): Record<string, unknown> {
  const o = tenant.directory.organization;
  const plans = tenant.directory.subscribedSkus.flatMap((s) => s.servicePlans);
  const phone = `+1 425 555 0${(parseInt(tenant.id.slice(0, 4), 16) % 900) + 100}`;
  return {
    id: o.id, deletedDateTime: null, businessPhones: [phone], city: o.city, country: null, countryLetterCode: o.countryLetterCode,
    createdDateTime: seconds(o.createdDateTime), defaultUsageLocation: o.countryLetterCode, displayName: o.displayName,
    isMultipleDataLocationsForServicesEnabled: null, marketingNotificationEmails: [], onPremisesLastSyncDateTime: null,
    onPremisesSyncEnabled: null, partnerTenantType: o.partnerTenantType, postalCode: o.postalCode,
    preferredLanguage: o.preferredLanguage, securityComplianceNotificationMails: [], securityComplianceNotificationPhones: [],
    state: o.state, street: o.street, technicalNotificationMails: [...o.technicalNotificationMails], tenantType: "AAD",
    directorySizeQuota: { used: tenant.directory.users.size + tenant.directory.groups.size, total: 50000 },
    assignedPlans: plans.map((p) => ({ assignedDateTime: seconds(o.createdDateTime), capabilityStatus: "Enabled", service: serviceOf(p.servicePlanName), servicePlanId: p.servicePlanId })),
    privacyProfile: { contactEmail: "", statementUrl: "" },
    provisionedPlans: plans.map((p) => ({ capabilityStatus: "Enabled", provisioningStatus: "Success", service: serviceOf(p.servicePlanName) })),
    verifiedDomains: tenant.domains.filter((d) => d.isVerified).map((d) => ({
      capabilities: d.supportedServices.filter((s) => s !== "Intune").join(", "), isDefault: d.isDefault, isInitial: d.isInitial, name: d.id, type: d.authenticationType,
    })),
    mobileDeviceManagementAuthority: "intune",
  };
}

/** Secrets are never readable after creation: Graph returns secretText null. */
export function fullApplication(a: AppRegistration): Record<string, unknown> {
  return {
    id: a.id, deletedDateTime: null, appId: a.appId, displayName: a.displayName, signInAudience: a.signInAudience,
    createdDateTime: a.passwordCredentials[0]?.startDateTime ?? null, groupMembershipClaims: a.groupMembershipClaims,
    identifierUris: [], publisherDomain: null, requiredResourceAccess: [], keyCredentials: [],
    passwordCredentials: a.passwordCredentials.map((p) => ({
      customKeyIdentifier: null, displayName: p.displayName, endDateTime: p.endDateTime, hint: p.hint, keyId: p.keyId, secretText: null, startDateTime: p.startDateTime,
    })),
    web: { homePageUrl: null, logoutUrl: null, redirectUris: [...a.redirectUris], implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false } },
  };
}

export function fullContract(c: DapContract): Record<string, unknown> {
  return { id: c.id, deletedDateTime: null, contractType: c.contractType, customerId: c.customerId, defaultDomainName: c.defaultDomainName, displayName: c.displayName };
}

/** Per-type properties Graph always sends, filled in when the world did not seed them. */
const METHOD_DEFAULTS: Record<string, Record<string, unknown>> = {
  "#microsoft.graph.passwordAuthenticationMethod": { password: null, createdDateTime: null },
  "#microsoft.graph.phoneAuthenticationMethod": { phoneNumber: null, phoneType: "mobile", smsSignInState: "notAllowedByPolicy" },
  "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod": { displayName: null, deviceTag: null, phoneAppVersion: null, createdDateTime: null },
  "#microsoft.graph.fido2AuthenticationMethod": { displayName: null, createdDateTime: null, aaGuid: null, model: null, attestationCertificates: [], attestationLevel: "notAttested" },
  "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod": { displayName: null, createdDateTime: null, keyStrength: "normal" },
  "#microsoft.graph.emailAuthenticationMethod": { emailAddress: null },
  "#microsoft.graph.softwareOathAuthenticationMethod": { secretKey: null },
  "#microsoft.graph.temporaryAccessPassAuthenticationMethod": { createdDateTime: null, startDateTime: null, lifetimeInMinutes: 60, isUsableOnce: false, isUsable: true, methodUsabilityReason: "EnabledByPolicy" },
};

/** `registered` stands in for a key's unrecorded registration time (the world seeds null). */
export function fullAuthMethod(m: AuthMethod, registered: string): Record<string, unknown> {
  const out: Record<string, unknown> = { "@odata.type": m["@odata.type"], id: m.id, ...METHOD_DEFAULTS[m["@odata.type"]], ...m.props };
  const keyBased = m["@odata.type"] !== "#microsoft.graph.passwordAuthenticationMethod";
  if (keyBased && "createdDateTime" in out && out.createdDateTime === null) out.createdDateTime = registered;
  if (m["@odata.type"] === "#microsoft.graph.fido2AuthenticationMethod") {
    const attested = out.attestationLevel === "attested";
    if (attested && !(out.attestationCertificates as unknown[]).length) {
      out.attestationCertificates = [createHash("sha1").update(`${m.id}:${out.aaGuid}`).digest("hex")];
    }
    // The list-methods documentation sample spells it creationDateTime; keep both so either reader works.
    out.creationDateTime = out.createdDateTime;
  }
  return out;
}
