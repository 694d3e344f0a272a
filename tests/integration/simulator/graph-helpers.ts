import { delegatedClaims, appClaims } from "../../../simulator/identity/claims";
import type { Simulator } from "../../../simulator/server";
import type { PersonaRole, Tenant, User } from "../../../simulator/world/types";

export const GRAPH_SCOPES = "Directory.AccessAsUser.All User.ReadWrite.All Group.ReadWrite.All UserAuthenticationMethod.ReadWrite.All DelegatedAdminRelationship.ReadWrite.All";

export const graphBase = (sim: Simulator, version = "v1.0") => `${sim.url}/graph.microsoft.com/${version}`;

export function persona(sim: Simulator, role: PersonaRole): User {
  const p = sim.ctx.world.personas.find((x) => x.role === role)!;
  return sim.ctx.world.partner.directory.users.get(p.userId)!;
}

/** A delegated Graph token for `user` (homed in `home`, the partner by default) at `target`, as the identity host mints them. */
export async function userToken(sim: Simulator, user: User, target: Tenant, home: Tenant = sim.ctx.world.partner, lifetime = 3600): Promise<string> {
  const w = sim.ctx.world;
  const base = `${sim.url}/login.microsoftonline.com`;
  return sim.ctx.tokens.sign(delegatedClaims(sim.ctx, { base, user, home, target, resource: "graph", scopes: GRAPH_SCOPES, app: w.samApp }), lifetime);
}

export async function personaToken(sim: Simulator, role: PersonaRole, target: Tenant): Promise<string> {
  return userToken(sim, persona(sim, role), target);
}

export async function appToken(sim: Simulator, target: Tenant, roles: string[]): Promise<string> {
  const base = `${sim.url}/login.microsoftonline.com`;
  return sim.ctx.tokens.sign(appClaims({ base, target, resource: "graph", roles, app: sim.ctx.world.samApp }), 3600);
}

export function tenantByHealth(sim: Simulator, health: Tenant["health"]): Tenant {
  return sim.ctx.world.customers.find((t) => t.health === health)!;
}

export interface GraphResult {
  status: number;
  headers: Headers;
  body: any;
}

/** One Graph call; `path` is relative to the version root (e.g. "/users?$top=5") or an absolute nextLink. */
export async function graph(
  sim: Simulator, token: string | undefined, method: string, path: string,
  o: { body?: unknown; headers?: Record<string, string>; version?: string } = {},
): Promise<GraphResult> {
  const url = /^https?:/.test(path) ? path : `${graphBase(sim, o.version)}${path}`;
  const headers: Record<string, string> = { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...o.headers };
  if (o.body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(url, { method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) });
  const text = await res.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // text/plain answers ($count) stay strings
  }
  return { status: res.status, headers: res.headers, body };
}

export const eventual = { ConsistencyLevel: "eventual" };
