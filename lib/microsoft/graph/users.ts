import { graphCall, graphGetAll, type GraphClient } from "./client";
import { directoryRoleName } from "./directory-roles";

/** A user as the action executor needs it: who they are and their sign-in state. */
export interface DirectoryUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  mailNickname: string | null;
  userType: string | null;
  accountEnabled: boolean;
  /** sessions issued before this instant are revoked (reset, block, revoke all end them) */
  signInSessionsValidFromDateTime: string | null;
  lastPasswordChangeDateTime: string | null;
}

export interface UserDirectoryRole {
  roleTemplateId: string;
  displayName: string;
}

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

const USER_FIELDS = [
  "id", "userPrincipalName", "displayName", "mailNickname", "userType", "accountEnabled",
  "signInSessionsValidFromDateTime", "lastPasswordChangeDateTime",
];

/**
 * `idOrUpn` reaches the URL path only after callers validated it as a GUID or a UPN (lib/actions
 * input schemas); it is still encoded here so no character can change the path.
 */
const userPath = (idOrUpn: string) => `/users/${encodeURIComponent(idOrUpn)}`;

export async function getUser(gc: GraphClient, idOrUpn: string): Promise<DirectoryUser> {
  const u = await graphCall(gc, (sdk) => sdk.api(userPath(idOrUpn)).select(USER_FIELDS).get() as Promise<Raw>);
  return {
    id: String(u.id),
    userPrincipalName: str(u.userPrincipalName) ?? "",
    displayName: str(u.displayName) ?? "",
    mailNickname: str(u.mailNickname),
    userType: str(u.userType),
    accountEnabled: u.accountEnabled !== false,
    signInSessionsValidFromDateTime: str(u.signInSessionsValidFromDateTime),
    lastPasswordChangeDateTime: str(u.lastPasswordChangeDateTime),
  };
}

/**
 * The activated directory roles a user holds directly (GET /users/{id}/memberOf, directoryRole
 * entries). Roles reached through a role-assignable group or only PIM-eligible are not included.
 */
export async function userDirectoryRoles(gc: GraphClient, userId: string): Promise<UserDirectoryRole[]> {
  const raw = await graphGetAll<Raw>(gc, (sdk) => sdk.api(`${userPath(userId)}/memberOf`).top(999).get());
  return raw
    .filter((o) => o["@odata.type"] === "#microsoft.graph.directoryRole")
    .map((r) => {
      const roleTemplateId = (str(r.roleTemplateId) ?? "").toLowerCase();
      return { roleTemplateId, displayName: str(r.displayName) ?? directoryRoleName(roleTemplateId) };
    });
}

/** PATCH /users/{id}: only the properties given change. */
export async function updateUser(gc: GraphClient, userId: string, patch: Raw): Promise<void> {
  await graphCall(gc, (sdk) => sdk.api(userPath(userId)).patch(patch));
}

/** Invalidates every refresh token and session cookie the user holds. */
export async function revokeSignInSessions(gc: GraphClient, userId: string): Promise<void> {
  await graphCall(gc, (sdk) => sdk.api(`${userPath(userId)}/revokeSignInSessions`).post({}));
}
