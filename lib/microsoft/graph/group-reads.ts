import { graphCall, type GraphClient } from "./client";

// The tenant's groups for a picker (add a user to a group), reshaped into our type.

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

export interface GroupRow {
  id: string;
  displayName: string;
  mail: string | null;
  description: string | null;
  kind: "Microsoft 365" | "Security" | "Mail-enabled security" | "Distribution list";
  /** dynamic membership: Entra computes the members, so nobody can be added by hand */
  dynamic: boolean;
}

const FIELDS = ["id", "displayName", "mail", "description", "groupTypes", "securityEnabled", "mailEnabled"];

function kindOf(g: Raw): GroupRow["kind"] {
  const types = Array.isArray(g.groupTypes) ? (g.groupTypes as unknown[]) : [];
  if (types.includes("Unified")) return "Microsoft 365";
  if (g.securityEnabled === true) return g.mailEnabled === true ? "Mail-enabled security" : "Security";
  return "Distribution list";
}

/** Up to `top` groups, by name; `search` must already be validated (no quote reaches $search). */
export async function listGroups(gc: GraphClient, o: { search?: string; top: number }): Promise<GroupRow[]> {
  const page = await graphCall(gc, (sdk) => {
    let req = sdk.api("/groups").select(FIELDS).top(o.top).header("ConsistencyLevel", "eventual");
    // Directory $orderby may not be combined with $search unless $count is asked as well.
    req = o.search ? req.search(`"displayName:${o.search}" OR "mail:${o.search}"`) : req.orderby("displayName");
    return req.get() as Promise<Raw>;
  });
  const rows = Array.isArray(page.value) ? (page.value as Raw[]) : [];
  return rows.map((g) => ({
    id: String(g.id).toLowerCase(),
    displayName: str(g.displayName) ?? "",
    mail: str(g.mail),
    description: str(g.description),
    kind: kindOf(g),
    dynamic: Array.isArray(g.groupTypes) && g.groupTypes.includes("DynamicMembership"),
  }));
}
