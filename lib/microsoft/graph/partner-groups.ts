import { graphCall, graphGetAll, type GraphClient } from "./client";

// Read in the partner tenant: the security groups GDAP access assignments point at.

export interface PartnerGroup {
  id: string;
  displayName: string;
}

export interface GroupMember {
  id: string;
  /** users only */
  userPrincipalName: string | null;
  type: "user" | "group" | "other";
}

/** One group's id and name, or null when it no longer exists (a stale assignment). */
export async function getGroup(gc: GraphClient, groupId: string): Promise<PartnerGroup | null> {
  try {
    const g = await graphCall(gc, (sdk): Promise<{ id: string; displayName?: string }> =>
      sdk.api(`/groups/${encodeURIComponent(groupId)}`).select(["id", "displayName"]).get(),
    );
    return { id: g.id.toLowerCase(), displayName: g.displayName ?? "" };
  } catch (e) {
    if ((e as { code?: string }).code === "MICROSOFT_NOT_FOUND") return null;
    throw e;
  }
}

/** Direct members of a group, all pages. Nested groups come back as type "group". */
export async function listGroupMembers(gc: GraphClient, groupId: string): Promise<GroupMember[]> {
  const raw = await graphGetAll<Record<string, unknown>>(gc, (sdk) =>
    sdk.api(`/groups/${encodeURIComponent(groupId)}/members`).select(["id", "userPrincipalName"]).top(999).get(),
  );
  return raw.map((m) => {
    const t = String(m["@odata.type"] ?? "");
    return {
      id: String(m.id).toLowerCase(),
      userPrincipalName: typeof m.userPrincipalName === "string" ? m.userPrincipalName.toLowerCase() : null,
      type: t.endsWith(".user") ? "user" : t.endsWith(".group") ? "group" : "other",
    };
  });
}
