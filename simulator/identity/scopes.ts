import { RESOURCE, resourceByAudience, type ResourceKey } from "../world/catalog";
import { fail, type Failure } from "./respond";

export const OIDC_SCOPES = new Set(["openid", "profile", "email", "offline_access"]);

/** One token request's scopes: one resource (the first one named wins), its scope names, and OIDC extras. */
export interface ScopeRequest {
  resource: ResourceKey;
  /** short scope names for `resource` ("User.Read", ".default"); empty when only OIDC scopes were asked */
  names: string[];
  isDefault: boolean;
  oidc: Set<string>;
  /** how many distinct resources the string named */
  resourceCount: number;
}

interface Item {
  resourceUri: string;
  key: ResourceKey | undefined;
  name: string;
}

const VALID = /^[A-Za-z0-9._~:/-]+$/;

function item(token: string): Item | Failure {
  if (!VALID.test(token)) return fail(70011, { scope: token });
  const slash = token.lastIndexOf("/");
  if (slash < 0) return { resourceUri: RESOURCE.graph.audience, key: "graph", name: token };
  const resourceUri = token.slice(0, slash);
  const name = token.slice(slash + 1);
  if (!name || !resourceUri || /^[a-z]+:\/?$/i.test(resourceUri)) return fail(70011, { scope: token });
  return { resourceUri, key: resourceByAudience(resourceUri), name };
}

const isFailure = (x: Item | Failure): x is Failure => "code" in x;

/** Parses a space-separated scope parameter. Unknown resource → 500011; malformed → 70011. */
export function parseScopes(raw: string, tenantName: string): { ok: true; value: ScopeRequest } | { ok: false; failure: Failure } {
  const oidc = new Set<string>();
  const items: Item[] = [];
  for (const token of raw.split(/\s+/).filter(Boolean)) {
    if (OIDC_SCOPES.has(token.toLowerCase())) {
      oidc.add(token.toLowerCase());
      continue;
    }
    const it = item(token);
    if (isFailure(it)) return { ok: false, failure: it };
    items.push(it);
  }
  if (!items.length && !oidc.size) return { ok: false, failure: fail(70011, { scope: raw || "''" }) };
  const first = items[0];
  if (first && !first.key) return { ok: false, failure: fail(500011, { resource: first.resourceUri, tenantName }) };
  const resource = first?.key ?? "graph";
  const names = items.filter((i) => i.key === resource).map((i) => i.name);
  const isDefault = names.includes(".default");
  if (isDefault && names.length > 1) return { ok: false, failure: fail(70011, { scope: raw }) };
  const resourceCount = new Set(items.map((i) => i.key ?? i.resourceUri)).size;
  return { ok: true, value: { resource, names, isDefault, oidc, resourceCount } };
}

/** What a recorded consent string (a refresh token's or an auth code's scopes) grants for one resource. */
export function consentFor(consent: string, resource: ResourceKey): { names: string[]; hasDefault: boolean } {
  const names: string[] = [];
  let hasDefault = false;
  for (const token of consent.split(/\s+/).filter(Boolean)) {
    if (OIDC_SCOPES.has(token.toLowerCase())) continue;
    const it = item(token);
    if (isFailure(it)) continue;
    // Consenting to any resource's /.default grants everything the registration asks for.
    if (it.name === ".default") hasDefault = true;
    else if (it.key === resource) names.push(it.name);
  }
  return { names, hasDefault };
}

export function hasOidc(consent: string, scope: string): boolean {
  return consent.split(/\s+/).some((s) => s.toLowerCase() === scope);
}

/** The `scope` field of a token response: Graph scopes short, other resources fully qualified, then OIDC. */
export function responseScope(resource: ResourceKey, scp: string[], oidc: Set<string>): string {
  const qualified = scp.map((s) => (resource === "graph" ? s : `${RESOURCE[resource].audience}/${s}`));
  return [...qualified, ...oidc].join(" ");
}

/** Case-insensitive subset check of requested scope names against granted ones. */
export function missingScopes(requested: string[], granted: Iterable<string>): string[] {
  const have = new Set([...granted].map((s) => s.toLowerCase()));
  return requested.filter((s) => !have.has(s.toLowerCase()));
}
