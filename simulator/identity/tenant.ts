import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import { hostBase } from "../core/host";
import { findTenant } from "../world/access";
import type { Tenant } from "../world/types";

export const IDENTITY_HOST = "login.microsoftonline.com";

/** Multi-tenant endpoints: the user's home tenant decides where tokens are issued. */
const GENERIC = new Set(["common", "organizations"]);

export type PathTenant =
  | { kind: "generic"; name: string }
  | { kind: "tenant"; name: string; tenant: Tenant }
  | { kind: "unknown"; name: string };

/** The `{tenant}` path segment: common/organizations, a tenant id, or one of its domains. */
export function pathTenant(ctx: SimContext, segment: string | undefined): PathTenant {
  const name = (segment ?? "").trim();
  if (GENERIC.has(name.toLowerCase())) return { kind: "generic", name: name.toLowerCase() };
  const tenant = name ? findTenant(ctx.world, name) : undefined;
  return tenant ? { kind: "tenant", name, tenant } : { kind: "unknown", name };
}

/** e.g. http://127.0.0.1:4010/login.microsoftonline.com — issuers and endpoints point back here. */
export function identityBase(req: FastifyRequest): string {
  return hostBase(req, IDENTITY_HOST);
}

/** The tenant segment of any identity URL, for request logging and per-tenant faults. */
export function tenantSegment(url: string): string | undefined {
  const seg = url.split("?")[0]!.split("/")[2];
  if (!seg || GENERIC.has(seg.toLowerCase()) || seg.toLowerCase() === "consumers") return undefined;
  return decodeURIComponent(seg);
}

export type Params = Record<string, string>;

/** Form bodies and query strings as flat string maps (Microsoft ignores repeated parameters). */
export function flat(input: unknown): Params {
  const out: Params = {};
  if (!input || typeof input !== "object") return out;
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v) && typeof v[0] === "string") out[k] = v[0];
    else if (typeof v === "number" || typeof v === "boolean") out[k] = String(v);
  }
  return out;
}
