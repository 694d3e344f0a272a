import { graphGetAll, type GraphClient } from "./client";

// GDAP lives in the partner tenant: `gc` must act at the partner tenant (Graph refuses app-only tokens here).
const RELATIONSHIPS = "/tenantRelationships/delegatedAdminRelationships";

export interface GdapRelationshipInfo {
  id: string;
  displayName: string;
  customerTenantId: string;
  customerDisplayName: string;
  /** Graph's delegatedAdminRelationshipStatus: active, expiring, approvalPending, expired, terminated… */
  status: string;
  createdAt: Date | null;
  activatedAt: Date | null;
  endsAt: Date | null;
  /** ISO 8601 duration; "PT0S"/"P0D" = no auto-extend */
  autoExtendDuration: string | null;
  /** role template ids */
  roles: string[];
}

export interface GdapAccessAssignmentInfo {
  id: string;
  /** security group id in the partner tenant */
  groupId: string;
  status: string;
  roles: string[];
}

interface RawRoles {
  unifiedRoles?: { roleDefinitionId?: string }[];
}

interface RawRelationship {
  id: string;
  displayName?: string;
  status?: string;
  customer?: { tenantId?: string; displayName?: string };
  createdDateTime?: string | null;
  activatedDateTime?: string | null;
  endDateTime?: string | null;
  autoExtendDuration?: string | null;
  accessDetails?: RawRoles;
}

interface RawAssignment {
  id: string;
  status?: string;
  accessContainer?: { accessContainerId?: string };
  accessDetails?: RawRoles;
}

// Microsoft's create sample returns activatedDateTime as "" until activation.
const date = (iso?: string | null) => (iso ? new Date(iso) : null);
const roles = (d?: RawRoles) => (d?.unifiedRoles ?? []).flatMap((r) => (r.roleDefinitionId ? [r.roleDefinitionId.toLowerCase()] : []));

/** Every delegated admin relationship of the partner (or of one customer), all statuses, all pages. */
export async function listGdapRelationships(gc: GraphClient, o: { customerTenantId?: string } = {}): Promise<GdapRelationshipInfo[]> {
  const safe = o.customerTenantId?.replace(/'/g, "''");
  const raw = await graphGetAll<RawRelationship>(gc, (sdk) => {
    const req = sdk.api(RELATIONSHIPS).top(300);
    return (safe ? req.filter(`customer/tenantId eq '${safe}'`) : req).get();
  });
  return raw.map((r) => ({
    id: r.id,
    displayName: r.displayName ?? "",
    customerTenantId: (r.customer?.tenantId ?? "").toLowerCase(),
    customerDisplayName: r.customer?.displayName ?? "",
    status: r.status ?? "unknown",
    createdAt: date(r.createdDateTime),
    activatedAt: date(r.activatedDateTime),
    endsAt: date(r.endDateTime),
    autoExtendDuration: r.autoExtendDuration ?? null,
    roles: roles(r.accessDetails),
  }));
}

/** The access assignments (partner group → roles) of one relationship, all pages. */
export async function listGdapAccessAssignments(gc: GraphClient, relationshipId: string): Promise<GdapAccessAssignmentInfo[]> {
  const path = `${RELATIONSHIPS}/${encodeURIComponent(relationshipId)}/accessAssignments`;
  const raw = await graphGetAll<RawAssignment>(gc, (sdk) => sdk.api(path).top(300).get());
  return raw.map((a) => ({
    id: a.id,
    groupId: (a.accessContainer?.accessContainerId ?? "").toLowerCase(),
    status: a.status ?? "unknown",
    roles: roles(a.accessDetails),
  }));
}
