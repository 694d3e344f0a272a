import { graphCall, graphGetAll, type GraphClient } from "./client";
import { directoryRoleName } from "./directory-roles";

// The users list and one user's detail, reshaped into our types before leaving the module.

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

export interface UserRow {
  id: string;
  userPrincipalName: string;
  displayName: string;
  mail: string | null;
  jobTitle: string | null;
  department: string | null;
  userType: string | null;
  accountEnabled: boolean;
  licenceCount: number;
}

export interface UserPage {
  users: UserRow[];
  /** pass back as `cursor` for the next page; null on the last one */
  nextCursor: string | null;
}

const LIST_FIELDS = ["id", "userPrincipalName", "displayName", "mail", "jobTitle", "department", "userType", "accountEnabled", "assignedLicenses"];

/** The list's fixed filters, each mapped to one Graph $filter clause here (no OData reaches us from callers). */
export const USER_FILTERS = {
  account: { enabled: "accountEnabled eq true", blocked: "accountEnabled eq false" },
  type: { member: "userType eq 'Member'", guest: "userType eq 'Guest'" },
} as const;

export type UserFilter = { [K in keyof typeof USER_FILTERS]?: keyof (typeof USER_FILTERS)[K] };

const filterClause = (f: UserFilter = {}) =>
  [f.account && USER_FILTERS.account[f.account], f.type && USER_FILTERS.type[f.type]].filter(Boolean).join(" and ");

const row = (u: Raw): UserRow => ({
  id: String(u.id),
  userPrincipalName: str(u.userPrincipalName) ?? "",
  displayName: str(u.displayName) ?? "",
  mail: str(u.mail),
  jobTitle: str(u.jobTitle),
  department: str(u.department),
  userType: str(u.userType),
  accountEnabled: u.accountEnabled !== false,
  licenceCount: Array.isArray(u.assignedLicenses) ? u.assignedLicenses.length : 0,
});

/**
 * One page of users. `search` must already be validated to letters, digits, space and . _ @ -
 * (no quote can reach the $search expression); `cursor` is a $skiptoken we handed out and must come
 * with the same search and filter as the page that handed it out.
 */
export async function listUsers(gc: GraphClient, o: { search?: string; top: number; cursor?: string; filter?: UserFilter }): Promise<UserPage> {
  const filter = filterClause(o.filter);
  const page = await graphCall(gc, (sdk) => {
    let req = sdk.api("/users").select(LIST_FIELDS).top(o.top).header("ConsistencyLevel", "eventual");
    if (filter) req = req.filter(filter);
    if (o.search) req = req.search(`"displayName:${o.search}" OR "userPrincipalName:${o.search}" OR "mail:${o.search}"`);
    if (o.cursor) req = req.skipToken(o.cursor);
    return req.get() as Promise<Raw>;
  });
  const next = str(page["@odata.nextLink"]);
  const token = next ? new URL(next).searchParams.get("$skiptoken") : null;
  return { users: Array.isArray(page.value) ? (page.value as Raw[]).map(row) : [], nextCursor: token };
}

export interface UserDetail extends UserRow {
  usageLocation: string | null;
  officeLocation: string | null;
  mobilePhone: string | null;
  createdDateTime: string | null;
  signIn: { accountEnabled: boolean; sessionsValidFrom: string | null; lastPasswordChange: string | null };
  licences: { skuId: string; skuPartNumber: string | null }[];
  groups: { id: string; displayName: string }[];
  directoryRoles: { roleTemplateId: string; displayName: string }[];
  /** null when the GDAP roles do not allow reading them (Authentication Administrator or Global Reader needed) */
  authMethods: { id: string; type: string }[] | null;
}

const DETAIL_FIELDS = [...LIST_FIELDS, "usageLocation", "officeLocation", "mobilePhone", "createdDateTime", "signInSessionsValidFromDateTime", "lastPasswordChangeDateTime"];

/** `idOrUpn` was validated as a GUID or UPN by the caller; it is encoded here as well. */
export async function getUserDetail(gc: GraphClient, idOrUpn: string, skuNames: Map<string, string>): Promise<UserDetail> {
  const path = `/users/${encodeURIComponent(idOrUpn)}`;
  const u = await graphCall(gc, (sdk) => sdk.api(path).select(DETAIL_FIELDS).get() as Promise<Raw>);
  const id = String(u.id);
  const [memberOf, methods] = await Promise.all([
    graphGetAll<Raw>(gc, (sdk) => sdk.api(`/users/${encodeURIComponent(id)}/memberOf`).top(999).get()),
    graphGetAll<Raw>(gc, (sdk) => sdk.api(`/users/${encodeURIComponent(id)}/authentication/methods`).get()).catch((e: { code?: string }) => {
      if (e.code === "MICROSOFT_FORBIDDEN") return null;
      throw e;
    }),
  ]);
  const licences = (Array.isArray(u.assignedLicenses) ? (u.assignedLicenses as Raw[]) : []).map((l) => {
    const skuId = String(l.skuId).toLowerCase();
    return { skuId, skuPartNumber: skuNames.get(skuId) ?? null };
  });
  return {
    ...row(u),
    usageLocation: str(u.usageLocation),
    officeLocation: str(u.officeLocation),
    mobilePhone: str(u.mobilePhone),
    createdDateTime: str(u.createdDateTime),
    signIn: { accountEnabled: u.accountEnabled !== false, sessionsValidFrom: str(u.signInSessionsValidFromDateTime), lastPasswordChange: str(u.lastPasswordChangeDateTime) },
    licences,
    groups: memberOf.filter((o) => o["@odata.type"] === "#microsoft.graph.group").map((g) => ({ id: String(g.id), displayName: str(g.displayName) ?? "" })),
    directoryRoles: memberOf
      .filter((o) => o["@odata.type"] === "#microsoft.graph.directoryRole")
      .map((r) => {
        const roleTemplateId = (str(r.roleTemplateId) ?? "").toLowerCase();
        return { roleTemplateId, displayName: str(r.displayName) ?? directoryRoleName(roleTemplateId) };
      }),
    authMethods: methods?.map((m) => ({ id: String(m.id), type: String(m["@odata.type"] ?? "").replace("#microsoft.graph.", "") })) ?? null,
  };
}
