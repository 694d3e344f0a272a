import { Rng } from "../core/random";
import { ROLE, ROLE_NAMES, SKUS } from "./catalog";
import { passwordMethod } from "./directory";
import { newMailbox } from "./mailbox";
import type { AppRegistration, Directory, Group, Persona, PersonaRole, Tenant, User } from "./types";

const DAY = 86_400_000;

/** Partner security groups: legacy DAP agents, GDAP role groups and Tenantry's own role groups. */
const GROUPS: Record<string, string> = {
  adminAgents: "AdminAgents",
  helpdeskAgents: "HelpdeskAgents",
  gdapExchangeAdmins: "GDAP - Exchange Administrators",
  gdapUserAdmins: "GDAP - User Administrators",
  gdapGlobalReaders: "GDAP - Global Readers",
  gdapHelpdeskAdmins: "GDAP - Helpdesk Administrators",
  gdapLicenseAdmins: "GDAP - License Administrators",
  gdapAuthAdmins: "GDAP - Privileged Authentication Administrators",
  gdapGlobalAdmins: "GDAP - Global Administrators",
  tenantryAdmins: "Tenantry Admins",
  tenantryTechnicians: "Tenantry Technicians",
  tenantryServiceDesk: "Tenantry Service Desk",
  tenantryReadOnly: "Tenantry Read Only",
};

const TECH_GDAP = ["gdapExchangeAdmins", "gdapUserAdmins", "gdapGlobalReaders", "gdapHelpdeskAdmins", "gdapLicenseAdmins", "gdapAuthAdmins"];

const PERSONAS: { first: string; last: string; nick: string; role: PersonaRole; groups: string[]; title: string }[] = [
  { first: "Alex", last: "Wilber", nick: "alex", role: "partner-admin", title: "Managing Director", groups: ["adminAgents", ...TECH_GDAP, "gdapGlobalAdmins", "tenantryAdmins"] },
  { first: "Patti", last: "Fernandez", nick: "patti", role: "admin", title: "Service Delivery Manager", groups: [...TECH_GDAP, "tenantryAdmins"] },
  { first: "Megan", last: "Bowen", nick: "megan", role: "technician", title: "Senior Engineer", groups: [...TECH_GDAP, "tenantryTechnicians"] },
  { first: "Lee", last: "Gu", nick: "lee", role: "technician", title: "Engineer", groups: [...TECH_GDAP, "tenantryTechnicians"] },
  { first: "Pradeep", last: "Gupta", nick: "pradeep", role: "service-desk", title: "Service Desk Agent", groups: ["helpdeskAgents", "gdapHelpdeskAdmins", "gdapGlobalReaders", "tenantryServiceDesk"] },
  { first: "Isaiah", last: "Langer", nick: "isaiah", role: "read-only", title: "Account Manager", groups: ["gdapGlobalReaders", "tenantryReadOnly"] },
  { first: "Diego", last: "Siciliani", nick: "diego", role: "no-access", title: "Sales", groups: [] },
];

export function generatePartner(seed: string, epochMs: number) {
  const rng = new Rng(seed, "partner");
  const id = rng.uuid();
  const initialDomain = "contosomsp.onmicrosoft.com";
  const defaultDomain = "contosomsp.com";
  const iso = (daysAgo: number) => new Date(epochMs - daysAgo * DAY).toISOString();
  const users = new Map<string, User>();
  const groups = new Map<string, Group>();
  const groupIds: Record<string, string> = {};
  for (const [key, displayName] of Object.entries(GROUPS)) {
    const g: Group = {
      id: rng.uuid(), displayName, description: `${displayName} (partner security group)`,
      mailNickname: displayName.toLowerCase().replace(/[^a-z0-9]+/g, "-"), mail: null, mailEnabled: false,
      securityEnabled: true, groupTypes: [], createdDateTime: iso(900), members: new Set(),
    };
    groups.set(g.id, g);
    groupIds[key] = g.id;
  }
  const personas: Persona[] = [];
  for (const p of PERSONAS) {
    const upn = `${p.nick}@${defaultDomain}`;
    const created = iso(rng.int(200, 1500));
    const user: User = {
      id: rng.uuid(), userPrincipalName: upn, displayName: `${p.first} ${p.last}`, givenName: p.first, surname: p.last,
      mail: upn, mailNickname: p.nick, jobTitle: p.title, department: "Managed Services", officeLocation: "Seattle",
      mobilePhone: null, businessPhones: [], preferredLanguage: "en-US", usageLocation: "US", accountEnabled: true,
      userType: "Member", createdDateTime: created, assignedLicenses: [{ skuId: SKUS[0].skuId, disabledPlans: [] }],
      passwordPolicies: null, password: rng.hex(12), forceChangePasswordNextSignIn: false,
      lastPasswordChangeDateTime: created, signInSessionsValidFromDateTime: created,
      authenticationMethods: [passwordMethod(), { id: rng.uuid(), "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", props: { displayName: "iPhone 15", deviceTag: "SoftwareTokenActivated", phoneAppVersion: "6.8.9" } }],
      tags: [`persona:${p.role}`],
    };
    users.set(user.id, user);
    for (const g of p.groups) groups.get(groupIds[g]!)!.members.add(user.id);
    personas.push({ upn, displayName: user.displayName, role: p.role, userId: user.id });
  }
  const admin = [...users.values()][0]!;
  const directory: Directory = {
    organization: {
      id, displayName: "Contoso MSP", countryLetterCode: "US", city: "Seattle", street: "1 Microsoft Way", postalCode: "98052",
      state: "WA", preferredLanguage: "en", createdDateTime: iso(2500), technicalNotificationMails: [admin.userPrincipalName],
      partnerTenantType: "ResellerPartnerDelegatedAdmin",
    },
    users, groups,
    directoryRoles: [{ id: rng.uuid(), roleTemplateId: ROLE.globalAdministrator, displayName: ROLE_NAMES[ROLE.globalAdministrator]!, description: "Can manage all aspects of Microsoft Entra ID.", members: new Set([admin.id]) }],
    subscribedSkus: [{ skuId: SKUS[0].skuId, skuPartNumber: SKUS[0].skuPartNumber, capabilityStatus: "Enabled", appliesTo: "User", prepaidUnits: { enabled: 25, lockedOut: 0, suspended: 0, warning: 0 }, servicePlans: SKUS[0].servicePlans.map((p) => ({ ...p })), subscriptionIds: [rng.uuid()] }],
    mailboxes: new Map(), transportRules: [],
  };
  const spec = { defaultDomain, initialDomain, epochMs };
  for (const u of users.values()) directory.mailboxes.set(u.id, newMailbox(rng, u, "UserMailbox", spec, []));
  const tenant: Tenant = {
    id, displayName: "Contoso MSP", isPartner: true, initialDomain, defaultDomain, health: "healthy",
    blocksPartnerUsers: false, consents: new Map(), directory, directoryGenerated: true,
    domains: [
      { id: initialDomain, isDefault: false, isInitial: true, isVerified: true, authenticationType: "Managed", supportedServices: ["Email"] },
      { id: defaultDomain, isDefault: true, isInitial: false, isVerified: true, authenticationType: "Managed", supportedServices: ["Email"] },
    ],
  };
  const app = (label: string, displayName: string, audience: AppRegistration["signInAudience"], path: string, claims: AppRegistration["groupMembershipClaims"]): AppRegistration => {
    const r = new Rng(seed, `app:${label}`);
    const secret = `${r.hex(2)}Q~${Buffer.from(r.hex(24), "hex").toString("base64url").slice(0, 31)}`;
    return {
      id: r.uuid(), appId: r.uuid(), displayName, signInAudience: audience, groupMembershipClaims: claims,
      redirectUris: [`http://localhost${path}`, `http://127.0.0.1${path}`],
      passwordCredentials: [{ keyId: r.uuid(), displayName: "Tenantry", hint: secret.slice(0, 3), secretText: secret, startDateTime: iso(30), endDateTime: new Date(epochMs + 335 * DAY).toISOString() }],
    };
  };
  return {
    tenant, personas, groups: groupIds,
    samApp: app("sam", "Tenantry SAM", "AzureADMultipleOrgs", "/api/sam/callback", "None"),
    signInApp: app("signin", "Tenantry Sign-in", "AzureADMyOrg", "/api/auth/callback/azure-ad", "SecurityGroup"),
  };
}
