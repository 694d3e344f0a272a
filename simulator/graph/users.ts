import { findUser } from "../world/access";
import type { User } from "../world/types";
import { badRequest, notFound } from "./errors";
import { collection, entity, matching, isEventual, type EntitySpec } from "./odata/collection";
import type { Call, GraphScope } from "./route";
import { route } from "./route";
import { fullDirectoryRole, fullGroup, groupSpec } from "./serialize/directory";
import { userSpec } from "./serialize/user";

/** The user a path names (object id or UPN), or Graph's 404. `me` is the signed-in user. */
export function targetUser(call: Call, idOrUpn: string): User {
  if (idOrUpn === "me") return me(call);
  const u = findUser(call.tenant, idOrUpn) ?? findUser(call.tenant, idOrUpn.toLowerCase());
  if (!u) throw notFound(idOrUpn);
  return u;
}

function me(call: Call): User {
  if (call.caller.isApp) throw badRequest("/me request is only valid with delegated authentication flow.", "BadRequest");
  if (!call.caller.homeUser) throw notFound(call.caller.claims.oid ?? "me");
  return call.caller.homeUser;
}

/** Groups and activated roles a user belongs to, as directoryObjects with their @odata.type. */
function memberOf(call: Call, u: User): Record<string, unknown>[] {
  const groups = [...call.dir.groups.values()].filter((g) => g.members.has(u.id)).map((g) => ({ "@odata.type": "#microsoft.graph.group", ...fullGroup(g) }));
  const roles = call.dir.directoryRoles.filter((r) => r.members.has(u.id)).map((r) => ({ "@odata.type": "#microsoft.graph.directoryRole", ...fullDirectoryRole(r) }));
  return [...groups, ...roles];
}

const directoryObjects: EntitySpec<Record<string, unknown>> = {
  typeName: "microsoft.graph.directoryObject", resource: "DirectoryObject", metadata: "$metadata#directoryObjects",
  full: ({ "@odata.type": _t, ...rest }) => rest, annotate: (o) => ({ "@odata.type": o["@odata.type"] }),
  props: new Set([...groupSpec.props, "description", "roleTemplateId"]), directory: true, pageSize: 100, maxTop: 999,
};

export function userRoutes(s: GraphScope): void {
  const spec = (call: Call) => userSpec(call.ctx, call.tenant);
  const all = (call: Call) => [...call.dir.users.values()];

  route(s, "GET", "/users", "graph.users.list", (call) => collection(call, all(call), spec(call)));

  route(s, "GET", "/users/$count", "graph.users.count", (call) => {
    if (!isEventual(call)) throw badRequest("$count is not currently supported.");
    return { body: String(matching(call, all(call), spec(call)).length) };
  });

  route(s, "GET", "/users/:id", "graph.users.get", (call) => entity(call, spec(call), targetUser(call, call.params.id!)));
  route(s, "GET", "/me", "graph.users.get", (call) => entity(call, spec(call), me(call)));

  for (const path of ["/users/:id/memberOf", "/me/memberOf"]) {
    route(s, "GET", path, "graph.users.memberOf", (call) =>
      collection(call, memberOf(call, targetUser(call, call.params.id ?? "me")), directoryObjects),
    );
  }
}
