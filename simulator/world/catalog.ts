/**
 * Fixed Microsoft identifiers the simulator shares with the real cloud: built-in role
 * template ids, first-party resource app ids and licence SKUs. Values are Microsoft's.
 */

export const ROLE = {
  globalAdministrator: "62e90394-69f5-4237-9190-012177145e10",
  exchangeAdministrator: "29232cdf-9323-42fd-ade2-1d097af3e4de",
  globalReader: "f2ef992c-3afb-46b9-b7cf-a126ee74c451",
  helpdeskAdministrator: "729827e3-9c14-49f7-bb1b-9608f156bbb8",
  intuneAdministrator: "3a2c62db-5318-420d-8d74-23affee5d9d5",
  userAdministrator: "fe930be7-5e62-47db-91af-98c3a49a38b1",
  directoryReaders: "88d8e3e3-8f55-4a1e-953a-9b9898b8876b",
  privilegedRoleAdministrator: "e8611ab8-c189-46e8-94e1-60213ab1f814",
  privilegedAuthenticationAdministrator: "7be44c8a-adaf-4e2a-84d6-ab2649e08a13",
  authenticationAdministrator: "c4e39bd9-1100-46d3-8c65-fb160da0071f",
  licenseAdministrator: "4d6ac14f-3453-41d0-bef9-a3e0c569773a",
  groupsAdministrator: "fdd7a751-b60b-444a-984c-02652fe8fa1c",
  serviceSupportAdministrator: "f023fd81-a637-4b56-95fd-791ac0226033",
  securityReader: "5d6b6bb7-de71-4623-b4af-96380a352509",
  directoryWriters: "9360feb5-f418-4baa-8175-e2a00bac4301",
} as const;

export const ROLE_NAMES: Record<string, string> = {
  [ROLE.globalAdministrator]: "Global Administrator",
  [ROLE.exchangeAdministrator]: "Exchange Administrator",
  [ROLE.globalReader]: "Global Reader",
  [ROLE.helpdeskAdministrator]: "Helpdesk Administrator",
  [ROLE.intuneAdministrator]: "Intune Administrator",
  [ROLE.userAdministrator]: "User Administrator",
  [ROLE.directoryReaders]: "Directory Readers",
  [ROLE.privilegedRoleAdministrator]: "Privileged Role Administrator",
  [ROLE.privilegedAuthenticationAdministrator]: "Privileged Authentication Administrator",
  [ROLE.authenticationAdministrator]: "Authentication Administrator",
  [ROLE.licenseAdministrator]: "License Administrator",
  [ROLE.groupsAdministrator]: "Groups Administrator",
  [ROLE.serviceSupportAdministrator]: "Service Support Administrator",
  [ROLE.securityReader]: "Security Reader",
  [ROLE.directoryWriters]: "Directory Writers",
};

/** Roles whose holders count as privileged: lower roles must not reset or block them. */
export const PRIVILEGED_ROLES = new Set<string>([
  ROLE.globalAdministrator, ROLE.privilegedRoleAdministrator, ROLE.privilegedAuthenticationAdministrator,
  ROLE.exchangeAdministrator, ROLE.userAdministrator, ROLE.authenticationAdministrator,
  ROLE.helpdeskAdministrator, ROLE.licenseAdministrator, ROLE.groupsAdministrator, ROLE.intuneAdministrator,
]);

/** First-party resource applications (appId) and the audience of their tokens. */
export const RESOURCE = {
  graph: { appId: "00000003-0000-0000-c000-000000000000", audience: "https://graph.microsoft.com" },
  exchange: { appId: "00000002-0000-0ff1-ce00-000000000000", audience: "https://outlook.office365.com" },
  partnerCenter: { appId: "fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd", audience: "https://api.partnercenter.microsoft.com" },
  compliance: { appId: "80ccca67-54bd-44ab-8625-4b79c4dc7775", audience: "https://ps.compliance.protection.outlook.com" },
} as const;

export type ResourceKey = keyof typeof RESOURCE;

export function resourceByAudience(aud: string): ResourceKey | undefined {
  const a = aud.replace(/\/+$/, "").toLowerCase();
  return (Object.keys(RESOURCE) as ResourceKey[]).find(
    (k) => RESOURCE[k].audience === a || RESOURCE[k].appId === a,
  );
}

const plan = (servicePlanId: string, servicePlanName: string, appliesTo = "User") => ({
  servicePlanId, servicePlanName, provisioningStatus: "Success", appliesTo,
});

export const EXCHANGE_PLANS = new Set([
  "9aaf7827-d63c-4b61-89c3-182f06f82e5c", "efb87545-963c-4e0d-99df-69c6916d9eb0",
  "4a82b400-a79f-41a4-b4e2-e94f5787b113",
]);

export const SKUS = [
  { skuId: "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46", skuPartNumber: "SPB", name: "Microsoft 365 Business Premium",
    servicePlans: [plan("9aaf7827-d63c-4b61-89c3-182f06f82e5c", "EXCHANGE_S_STANDARD"), plan("41781fb2-bc02-4b7c-bd55-b576c07bb09d", "AAD_PREMIUM"), plan("c1ec4a95-1f05-45b3-a911-aa3fa01094f5", "INTUNE_A")] },
  { skuId: "f245ecc8-75af-4f8e-b61f-27d8114de5f3", skuPartNumber: "O365_BUSINESS_PREMIUM", name: "Microsoft 365 Business Standard",
    servicePlans: [plan("9aaf7827-d63c-4b61-89c3-182f06f82e5c", "EXCHANGE_S_STANDARD"), plan("5dbe027f-2339-4123-9542-606e4d348a72", "SHAREPOINTSTANDARD")] },
  { skuId: "3b555118-da6a-4418-894f-7df1e2096870", skuPartNumber: "O365_BUSINESS_ESSENTIALS", name: "Microsoft 365 Business Basic",
    servicePlans: [plan("9aaf7827-d63c-4b61-89c3-182f06f82e5c", "EXCHANGE_S_STANDARD"), plan("57ff2da0-773e-42df-b2af-ffb7a2317929", "TEAMS1")] },
  { skuId: "05e9a617-0261-4cee-bb44-138d3ef5d965", skuPartNumber: "SPE_E3", name: "Microsoft 365 E3",
    servicePlans: [plan("efb87545-963c-4e0d-99df-69c6916d9eb0", "EXCHANGE_S_ENTERPRISE"), plan("41781fb2-bc02-4b7c-bd55-b576c07bb09d", "AAD_PREMIUM")] },
  { skuId: "4b9405b0-7788-4568-add1-99614e613b69", skuPartNumber: "EXCHANGESTANDARD", name: "Exchange Online (Plan 1)",
    servicePlans: [plan("9aaf7827-d63c-4b61-89c3-182f06f82e5c", "EXCHANGE_S_STANDARD")] },
  { skuId: "f30db892-07e9-47e9-837c-80727f46fd3d", skuPartNumber: "FLOW_FREE", name: "Microsoft Power Automate Free",
    servicePlans: [plan("50e68c76-46c6-4674-81f9-75456511b170", "FLOW_P2_VIRAL")] },
] as const;

export const FIRST_NAMES = ["Adele", "Alex", "Allan", "Bianca", "Christie", "Debra", "Diego", "Emily", "Enrico", "Grady", "Henrietta", "Irvin", "Isaiah", "Johanna", "Joni", "Lee", "Lidia", "Lynne", "Megan", "Miriam", "Nestor", "Patti", "Pradeep", "Raul", "Sam", "Tomas", "Yuki", "Zrinka", "Amara", "Bruno", "Chloe", "Dmitri", "Eva", "Farah", "Gustav", "Hana", "Ines", "Jamal", "Kenji", "Leila", "Mateo", "Nadia", "Oscar", "Priya", "Quinn", "Rosa", "Sven", "Talia", "Umar", "Vera"];
export const LAST_NAMES = ["Vance", "Wilber", "Deyoung", "Pinilla", "Cline", "Berg", "Siciliani", "Braun", "Ricci", "Archie", "Cueva", "Sayers", "Langer", "Lauer", "Sherman", "Gu", "Holloway", "Robbins", "Bowen", "Hunter", "Wilke", "Fernandez", "Gupta", "Razo", "Okafor", "Novak", "Tanaka", "Horvat", "Mensah", "Costa", "Dubois", "Ivanov", "Lindqvist", "Haddad", "Nilsen", "Sato", "Moreau", "Khan", "Weber", "Rossi"];
export const JOB_TITLES = ["Sales Manager", "Accountant", "Marketing Assistant", "Office Manager", "Engineer", "Project Manager", "HR Generalist", "Receptionist", "Director", "Support Specialist", "Designer", "Warehouse Lead", "Consultant", "Paralegal", "Nurse"];
export const DEPARTMENTS = ["Sales", "Finance", "Marketing", "Operations", "Engineering", "HR", "Legal", "Support", "Executive"];
export const COMPANY_WORDS = ["Northwind", "Fabrikam", "Tailspin", "Woodgrove", "Litware", "Adatum", "Proseware", "Wingtip", "Alpine", "Blue Yonder", "Coho", "Lamna", "Relecloud", "Trey", "Humongous", "Margie's", "Fourth Coffee", "Graphic Design", "Southridge", "VanArsdel", "Bellows", "Consolidated", "Lakeshore", "Contoso Pharma", "Datum", "Nod", "Wide World", "Tasmanian", "Munson's", "School of Fine Art"];
export const COMPANY_SUFFIXES = ["Traders", "Dental", "Legal", "Logistics", "Builders", "Accounting", "Clinic", "Studios", "Foods", "Engineering", "Realty", "Insurance", "Motors", "Bakery", "Consulting"];
export const CITIES = [["Seattle", "US", "WA", "98052"], ["London", "GB", null, "EC1A 1BB"], ["Amsterdam", "NL", null, "1012 AB"], ["Berlin", "DE", null, "10115"], ["Sydney", "AU", "NSW", "2000"], ["Toronto", "CA", "ON", "M5H 2N2"], ["Dublin", "IE", null, "D02 X285"]] as const;
