import { graphCall, graphGetAll, type GraphClient } from "./client";

// Graph writes behind the user-administration actions (profile, licences, groups, MFA methods).
// Every id reaching a URL was validated as a GUID or UPN by the action's input schema and is
// encoded here as well.

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const seg = encodeURIComponent;

export const PROFILE_FIELDS = ["displayName", "jobTitle", "department", "officeLocation", "mobilePhone", "usageLocation"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface UserProfile {
  id: string;
  values: Record<ProfileField, string | null>;
  assignedSkuIds: string[];
}

export async function getUserProfile(gc: GraphClient, userId: string): Promise<UserProfile> {
  const u = await graphCall(gc, (sdk) => sdk.api(`/users/${seg(userId)}`).select(["id", ...PROFILE_FIELDS, "assignedLicenses"]).get() as Promise<Raw>);
  const values = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, str(u[f])])) as Record<ProfileField, string | null>;
  const licences = Array.isArray(u.assignedLicenses) ? (u.assignedLicenses as Raw[]) : [];
  return { id: String(u.id), values, assignedSkuIds: licences.map((l) => String(l.skuId).toLowerCase()) };
}

/** POST /users/{id}/assignLicense with one SKU to add or remove. */
export async function changeLicence(gc: GraphClient, userId: string, change: { add?: string; remove?: string }): Promise<void> {
  const body = { addLicenses: change.add ? [{ skuId: change.add, disabledPlans: [] }] : [], removeLicenses: change.remove ? [change.remove] : [] };
  await graphCall(gc, (sdk) => sdk.api(`/users/${seg(userId)}/assignLicense`).post(body));
}

export interface GroupInfo {
  id: string;
  displayName: string;
}

export async function getGroupInfo(gc: GraphClient, groupId: string): Promise<GroupInfo> {
  const g = await graphCall(gc, (sdk) => sdk.api(`/groups/${seg(groupId)}`).select(["id", "displayName"]).get() as Promise<Raw>);
  return { id: String(g.id).toLowerCase(), displayName: str(g.displayName) ?? "" };
}

/** The ids of the groups a user is a direct member of (GET /users/{id}/memberOf). */
export async function userGroupIds(gc: GraphClient, userId: string): Promise<Set<string>> {
  const raw = await graphGetAll<Raw>(gc, (sdk) => sdk.api(`/users/${seg(userId)}/memberOf`).top(999).get());
  return new Set(raw.filter((o) => o["@odata.type"] === "#microsoft.graph.group").map((g) => String(g.id).toLowerCase()));
}

export async function addGroupMember(gc: GraphClient, groupId: string, userId: string): Promise<void> {
  const ref = { "@odata.id": `https://graph.microsoft.com/v1.0/directoryObjects/${seg(userId)}` };
  await graphCall(gc, (sdk) => sdk.api(`/groups/${seg(groupId)}/members/$ref`).post(ref));
}

export async function removeGroupMember(gc: GraphClient, groupId: string, userId: string): Promise<void> {
  await graphCall(gc, (sdk) => sdk.api(`/groups/${seg(groupId)}/members/${seg(userId)}/$ref`).delete());
}

export interface AuthMethod {
  id: string;
  /** e.g. microsoftAuthenticatorAuthenticationMethod */
  type: string;
  /** the collection segment DELETE uses, e.g. microsoftAuthenticatorMethods; null for unknown types */
  segment: string | null;
  label: string;
}

const SEGMENTS: Record<string, [segment: string, label: string]> = {
  passwordAuthenticationMethod: ["passwordMethods", "Password"],
  phoneAuthenticationMethod: ["phoneMethods", "Phone"],
  microsoftAuthenticatorAuthenticationMethod: ["microsoftAuthenticatorMethods", "Microsoft Authenticator"],
  fido2AuthenticationMethod: ["fido2Methods", "FIDO2 security key"],
  emailAuthenticationMethod: ["emailMethods", "Email"],
  softwareOathAuthenticationMethod: ["softwareOathMethods", "Software OATH token"],
  windowsHelloForBusinessAuthenticationMethod: ["windowsHelloForBusinessMethods", "Windows Hello for Business"],
  temporaryAccessPassAuthenticationMethod: ["temporaryAccessPassMethods", "Temporary Access Pass"],
};

export async function listAuthMethods(gc: GraphClient, userId: string): Promise<AuthMethod[]> {
  const raw = await graphGetAll<Raw>(gc, (sdk) => sdk.api(`/users/${seg(userId)}/authentication/methods`).get());
  return raw.map((m) => {
    const type = String(m["@odata.type"] ?? "").replace("#microsoft.graph.", "");
    const known = SEGMENTS[type];
    const detail = str(m.displayName) ?? str(m.phoneNumber) ?? str(m.emailAddress) ?? str(m.model);
    return { id: String(m.id), type, segment: known?.[0] ?? null, label: `${known?.[1] ?? type}${detail ? ` (${detail})` : ""}` };
  });
}

export async function deleteAuthMethod(gc: GraphClient, userId: string, m: AuthMethod & { segment: string }): Promise<void> {
  await graphCall(gc, (sdk) => sdk.api(`/users/${seg(userId)}/authentication/${m.segment}/${seg(m.id)}`).delete());
}

export interface NewUser {
  displayName: string;
  mailNickname: string;
  userPrincipalName: string;
  usageLocation?: string;
  password: string;
}

/** POST /users: enabled, with a password the user must change at first sign-in. Returns the new object id. */
export async function createUser(gc: GraphClient, u: NewUser): Promise<string> {
  const body = {
    accountEnabled: true,
    displayName: u.displayName,
    mailNickname: u.mailNickname,
    userPrincipalName: u.userPrincipalName,
    ...(u.usageLocation ? { usageLocation: u.usageLocation } : {}),
    passwordProfile: { password: u.password, forceChangePasswordNextSignIn: true },
  };
  const created = await graphCall(gc, (sdk) => sdk.api("/users").post(body) as Promise<Raw>);
  return String(created.id);
}

/** Is there a user with this UPN already? (GET /users/{upn}: 404 → no) */
export async function userExists(gc: GraphClient, upn: string): Promise<boolean> {
  try {
    await graphCall(gc, (sdk) => sdk.api(`/users/${seg(upn)}`).select(["id"]).get());
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === "MICROSOFT_NOT_FOUND") return false;
    throw e;
  }
}
