import type { FastifyRequest } from "fastify";
import type { SimContext } from "./context";
import { TokenError, type TokenClaims } from "./tokens";
import { RESOURCE, type ResourceKey } from "../world/catalog";
import type { Tenant } from "../world/types";

export type BearerProblem = "missing" | "malformed" | "signature" | "expired" | "not-yet-valid" | "audience" | "tenant";

export type BearerResult =
  | { ok: true; claims: TokenClaims; tenant: Tenant; roles: Set<string> }
  | { ok: false; problem: BearerProblem; message: string };

/**
 * Validates `Authorization: Bearer` for a resource host: signature and lifetime (simulated
 * clock), audience, and that the token's tenant exists. Hosts turn failures into their own shapes.
 */
export async function authenticate(req: FastifyRequest, ctx: SimContext, resource: ResourceKey): Promise<BearerResult> {
  const header = req.headers.authorization;
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!m) return { ok: false, problem: "missing", message: "Access token is empty." };
  let claims: TokenClaims;
  try {
    claims = await ctx.tokens.verify(m[1]!);
  } catch (e) {
    const problem = e instanceof TokenError ? e.problem : "malformed";
    return { ok: false, problem, message: (e as Error).message };
  }
  const aud = String(claims.aud).replace(/\/+$/, "");
  if (aud !== RESOURCE[resource].audience && aud !== RESOURCE[resource].appId) {
    return { ok: false, problem: "audience", message: "Invalid audience." };
  }
  const tenant = ctx.world.tenantsById.get(claims.tid);
  if (!tenant) return { ok: false, problem: "tenant", message: `Tenant '${claims.tid}' not found.` };
  return { ok: true, claims, tenant, roles: new Set(claims.wids ?? []) };
}

export function bearerTenantId(req: FastifyRequest, ctx: SimContext): string | undefined {
  const m = req.headers.authorization ? /^Bearer\s+(\S+)$/i.exec(req.headers.authorization) : null;
  return m ? ctx.tokens.peek(m[1]!)?.tid : undefined;
}
