/**
 * Entra built-in role template ids (Microsoft's fixed identifiers) and their names, for the GDAP
 * roles Tenantry shows and checks. Unknown ids are shown as the id itself.
 */
export const DIRECTORY_ROLE = {
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
  securityAdministrator: "194ae4cb-b126-40b2-bd5b-6091b380977d",
  directoryWriters: "9360feb5-f418-4baa-8175-e2a00bac4301",
  dynamics365Administrator: "44367163-eba1-44c3-98af-f5787879f96a",
  billingAdministrator: "b0f54661-2d74-4c50-afa3-1ec803f12efe",
  teamsAdministrator: "69091246-20e8-4a56-aa4d-066075b2a7a8",
  sharePointAdministrator: "f28a1f50-f6e7-4571-818b-6a12f2af6b6c",
} as const;

const NAMES: Record<string, string> = {
  [DIRECTORY_ROLE.globalAdministrator]: "Global Administrator",
  [DIRECTORY_ROLE.exchangeAdministrator]: "Exchange Administrator",
  [DIRECTORY_ROLE.globalReader]: "Global Reader",
  [DIRECTORY_ROLE.helpdeskAdministrator]: "Helpdesk Administrator",
  [DIRECTORY_ROLE.intuneAdministrator]: "Intune Administrator",
  [DIRECTORY_ROLE.userAdministrator]: "User Administrator",
  [DIRECTORY_ROLE.directoryReaders]: "Directory Readers",
  [DIRECTORY_ROLE.privilegedRoleAdministrator]: "Privileged Role Administrator",
  [DIRECTORY_ROLE.privilegedAuthenticationAdministrator]: "Privileged Authentication Administrator",
  [DIRECTORY_ROLE.authenticationAdministrator]: "Authentication Administrator",
  [DIRECTORY_ROLE.licenseAdministrator]: "License Administrator",
  [DIRECTORY_ROLE.groupsAdministrator]: "Groups Administrator",
  [DIRECTORY_ROLE.serviceSupportAdministrator]: "Service Support Administrator",
  [DIRECTORY_ROLE.securityReader]: "Security Reader",
  [DIRECTORY_ROLE.securityAdministrator]: "Security Administrator",
  [DIRECTORY_ROLE.directoryWriters]: "Directory Writers",
  [DIRECTORY_ROLE.dynamics365Administrator]: "Dynamics 365 Administrator",
  [DIRECTORY_ROLE.billingAdministrator]: "Billing Administrator",
  [DIRECTORY_ROLE.teamsAdministrator]: "Teams Administrator",
  [DIRECTORY_ROLE.sharePointAdministrator]: "SharePoint Administrator",
};

export function directoryRoleName(roleTemplateId: string): string {
  return NAMES[roleTemplateId.toLowerCase()] ?? roleTemplateId;
}
