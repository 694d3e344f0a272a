import type { SimContext } from "../../core/context";
import type { Tenant, User } from "../../world/types";
import type { EntitySpec } from "../odata/collection";
import { assignedPlans, provisionedPlans } from "./plans";
import { seconds } from "./time";

/** Documented default property set of GET /users and /users/{id}. */
export const USER_DEFAULTS = [
  "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation",
  "preferredLanguage", "surname", "userPrincipalName", "id",
];

/** Graph returns these only for a single user (GET /users/{id}?$select=…); the list answers 501. */
export const SINGLE_USER_ONLY = new Set([
  "aboutMe", "birthday", "hireDate", "interests", "mySite", "pastProjects", "preferredName", "responsibilities",
  "schools", "skills", "mailboxSettings", "print", "deviceEnrollmentLimit",
]);

/**
 * Profile properties the world does not model (address, company…). Graph owns them: seeded from the
 * organisation for members, set by POST/PATCH, discarded on reseed like the world itself.
 */
export const EXTRA_PROPS = [
  "city", "companyName", "country", "state", "postalCode", "streetAddress", "employeeId", "employeeType",
  "faxNumber", "otherMails", "showInAddressList", "ageGroup", "employeeHireDate", "onPremisesImmutableId",
] as const;

export function userExtras(ctx: SimContext, tenant: Tenant, u: User): Record<string, unknown> {
  const all = ctx.store("graph.userExtras", () => new Map<string, Record<string, unknown>>());
  let e = all.get(u.id);
  if (!e) {
    const org = tenant.directory.organization;
    const member = u.userType === "Member" && !u.tags.includes("shared-mailbox");
    e = member ? { city: org.city, companyName: org.displayName, country: org.countryLetterCode, state: org.state, postalCode: org.postalCode } : {};
    all.set(u.id, e);
  }
  return e;
}

export function fullUser(ctx: SimContext, tenant: Tenant, u: User): Record<string, unknown> {
  const x = userExtras(ctx, tenant, u);
  const mailbox = tenant.directory.mailboxes.get(u.id);
  const guest = u.userType === "Guest";
  const extra = (k: (typeof EXTRA_PROPS)[number], fallback: unknown = null) => x[k] ?? fallback;
  return {
    id: u.id, deletedDateTime: null, accountEnabled: u.accountEnabled, ageGroup: extra("ageGroup"),
    assignedLicenses: u.assignedLicenses.map((l) => ({ disabledPlans: [...l.disabledPlans], skuId: l.skuId })),
    assignedPlans: assignedPlans(tenant, u), authorizationInfo: { certificateUserIds: [] },
    businessPhones: [...u.businessPhones], city: extra("city"), companyName: extra("companyName"),
    consentProvidedForMinor: null, country: extra("country"), createdDateTime: seconds(u.createdDateTime),
    creationType: guest ? "Invitation" : null, customSecurityAttributes: null, department: u.department,
    displayName: u.displayName, employeeHireDate: extra("employeeHireDate"), employeeId: extra("employeeId"),
    employeeLeaveDateTime: null, employeeOrgData: null, employeeType: extra("employeeType"),
    externalUserState: guest ? "Accepted" : null, externalUserStateChangeDateTime: guest ? seconds(u.createdDateTime) : null,
    faxNumber: extra("faxNumber"), givenName: u.givenName,
    identities: [{ signInType: "userPrincipalName", issuer: tenant.initialDomain, issuerAssignedId: u.userPrincipalName }],
    imAddresses: [], isManagementRestricted: null, isResourceAccount: null, jobTitle: u.jobTitle,
    lastPasswordChangeDateTime: seconds(u.lastPasswordChangeDateTime), legalAgeGroupClassification: null,
    licenseAssignmentStates: u.assignedLicenses.map((l) => ({
      assignedByGroup: null, disabledPlans: [...l.disabledPlans], error: "None", lastUpdatedDateTime: seconds(u.createdDateTime), skuId: l.skuId, state: "Active",
    })),
    mail: u.mail, mailNickname: u.mailNickname, mobilePhone: u.mobilePhone, officeLocation: u.officeLocation,
    onPremisesDistinguishedName: null, onPremisesDomainName: null,
    onPremisesExtensionAttributes: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`extensionAttribute${i + 1}`, null])),
    onPremisesImmutableId: extra("onPremisesImmutableId"), onPremisesLastSyncDateTime: null, onPremisesProvisioningErrors: [],
    onPremisesSamAccountName: null, onPremisesSecurityIdentifier: null, onPremisesSyncEnabled: null,
    onPremisesUserPrincipalName: null, otherMails: extra("otherMails", []), passwordPolicies: u.passwordPolicies,
    passwordProfile: null, postalCode: extra("postalCode"), preferredDataLocation: null,
    preferredLanguage: u.preferredLanguage, provisionedPlans: provisionedPlans(u),
    proxyAddresses: mailbox ? [...mailbox.emailAddresses] : [], securityIdentifier: `S-1-12-1-${parseInt(u.id.slice(0, 8), 16)}`,
    serviceProvisioningErrors: [], showInAddressList: extra("showInAddressList"), signInActivity: null,
    signInSessionsValidFromDateTime: seconds(u.signInSessionsValidFromDateTime), state: extra("state"),
    streetAddress: extra("streetAddress"), surname: u.surname, usageLocation: u.usageLocation,
    userPrincipalName: u.userPrincipalName, userType: u.userType,
    aboutMe: null, birthday: "0001-01-01T08:00:00Z", hireDate: "0001-01-01T08:00:00Z", interests: [], mySite: null,
    pastProjects: [], preferredName: "", responsibilities: [], schools: [], skills: [], mailboxSettings: null, print: null,
    deviceEnrollmentLimit: 5,
  };
}

export function userSpec(ctx: SimContext, tenant: Tenant): EntitySpec<User> {
  const full = (u: User) => fullUser(ctx, tenant, u);
  return {
    typeName: "microsoft.graph.user", resource: "User", metadata: "$metadata#users", full,
    props: USER_PROPS, defaults: USER_DEFAULTS, directory: true, pageSize: 100, maxTop: 999,
    sortable: ["displayName", "userPrincipalName", "mail", "givenName", "surname", "jobTitle", "department"],
    searchable: ["displayName", "givenName", "surname", "mail", "mailNickname", "userPrincipalName", "jobTitle", "department", "proxyAddresses"],
    singleOnly: SINGLE_USER_ONLY,
  };
}

/** Members of a collection of directory objects (group members, memberOf) carry their type. */
export function userAsMember(ctx: SimContext, tenant: Tenant, u: User): Record<string, unknown> {
  const full = fullUser(ctx, tenant, u);
  return { "@odata.type": "#microsoft.graph.user", ...Object.fromEntries(USER_DEFAULTS.map((p) => [p, full[p]])) };
}

const SAMPLE: User = {
  id: "", userPrincipalName: "", displayName: "", givenName: null, surname: null, mail: null, mailNickname: "", jobTitle: null,
  department: null, officeLocation: null, mobilePhone: null, businessPhones: [], preferredLanguage: null, usageLocation: null,
  accountEnabled: true, userType: "Member", createdDateTime: "", assignedLicenses: [], passwordPolicies: null, password: "",
  forceChangePasswordNextSignIn: false, lastPasswordChangeDateTime: "", signInSessionsValidFromDateTime: "",
  authenticationMethods: [], tags: [],
};

const EMPTY_TENANT = { initialDomain: "", directory: { organization: {}, mailboxes: new Map(), subscribedSkus: [] } } as unknown as Tenant;

/** Every property name a user has, for $select / $filter validation. */
export const USER_PROPS = new Set(Object.keys(fullUser({ store: () => new Map() } as unknown as SimContext, EMPTY_TENANT, SAMPLE)));
