// The Graph module without the process-wide broker (index.ts adds graphFor): what the worker, the
// SAM wizard and tests use with a broker of their own.
export { graphCall, graphClient, graphGetAll, type GraphClient, type GraphDeps } from "./client";
export { appPasswordCredentials } from "./applications";
export { countGdapCustomers, firstGdapCustomers, listGdapCustomers } from "./gdap";
export type { AppPasswordCredential, GdapCustomer } from "./types";
export { listGdapAccessAssignments, listGdapRelationships, type GdapAccessAssignmentInfo, type GdapRelationshipInfo } from "./relationships";
export { getOrganization, listContracts, listDomains, listSubscribedSkus, type DapContract, type TenantDomain, type TenantOrganization, type TenantSku } from "./tenant-info";
export { getGroup, listGroupMembers, type GroupMember, type PartnerGroup } from "./partner-groups";
export { DIRECTORY_ROLE, directoryRoleName } from "./directory-roles";
export { getUser, revokeSignInSessions, updateUser, userDirectoryRoles, type DirectoryUser, type UserDirectoryRole } from "./users";
