import type { Group } from "../world/types";
import { badRequest, notFound } from "./errors";
import { collection, entity, type EntitySpec } from "./odata/collection";
import { requireRole } from "./roles";
import { route, type Call, type GraphScope } from "./route";
import { fullGroup, groupSpec } from "./serialize/directory";
import { fullUser, USER_DEFAULTS, USER_PROPS } from "./serialize/user";

/** A member as a directoryObject: users show their default properties, groups all of theirs. */
interface Member {
  type: "#microsoft.graph.user" | "#microsoft.graph.group";
  full: Record<string, unknown>;
}

const memberSpec: EntitySpec<Member> = {
  typeName: "microsoft.graph.directoryObject", resource: "DirectoryObject", metadata: "$metadata#directoryObjects",
  full: (m) => m.full, annotate: (m) => ({ "@odata.type": m.type }),
  defaultsOf: (m) => (m.type === "#microsoft.graph.user" ? USER_DEFAULTS : undefined),
  props: new Set([...USER_PROPS, ...groupSpec.props]), directory: true, pageSize: 100, maxTop: 999,
};

function group(call: Call): Group {
  const g = call.dir.groups.get(call.params.id!) ?? call.dir.groups.get(call.params.id!.toLowerCase());
  if (!g) throw notFound(call.params.id!);
  return g;
}

function members(call: Call, g: Group): Member[] {
  return [...g.members].flatMap((id): Member[] => {
    const u = call.dir.users.get(id);
    if (u) return [{ type: "#microsoft.graph.user", full: fullUser(call.ctx, call.tenant, u) }];
    const sub = call.dir.groups.get(id);
    return sub ? [{ type: "#microsoft.graph.group", full: fullGroup(sub) }] : [];
  });
}

/** `{"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}"}` → the object id. */
function referencedId(body: unknown): string {
  const ref = (body as Record<string, unknown> | undefined)?.["@odata.id"];
  const m = typeof ref === "string" ? /\/(?:directoryObjects|users|groups)\/([^/?#]+)\/?$/i.exec(ref) : null;
  if (!m) throw badRequest("Invalid URL format specified in payload.");
  return decodeURIComponent(m[1]!).toLowerCase();
}

export function groupRoutes(s: GraphScope): void {
  route(s, "GET", "/groups", "graph.groups.list", (call) => collection(call, [...call.dir.groups.values()], groupSpec));
  route(s, "GET", "/groups/:id", "graph.groups.get", (call) => entity(call, groupSpec, group(call)));
  route(s, "GET", "/groups/:id/members", "graph.groupMembers.list", (call) => collection(call, members(call, group(call)), memberSpec));

  route(s, "POST", "/groups/:id/members/$ref", "graph.groupMembers.add", (call) => {
    const g = group(call);
    requireRole(call.caller, "groups.members");
    const id = referencedId(call.body);
    if (!call.dir.users.has(id) && !call.dir.groups.has(id)) throw notFound(id);
    if (g.members.has(id)) throw badRequest("One or more added object references already exist for the following modified properties: 'members'.");
    g.members.add(id);
    return { status: 204 };
  });

  route(s, "DELETE", "/groups/:id/members/:memberId/$ref", "graph.groupMembers.remove", (call) => {
    const g = group(call);
    requireRole(call.caller, "groups.members");
    const id = call.params.memberId!.toLowerCase();
    if (!call.dir.users.has(id) && !call.dir.groups.has(id)) throw notFound(id);
    if (!g.members.delete(id)) throw badRequest("One or more removed object references do not exist for the following modified properties: 'members'.");
    return { status: 204 };
  });
}
