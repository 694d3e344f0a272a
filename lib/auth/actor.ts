import { AppError } from "@/lib/errors";
import { ROLE_LABELS, type Role } from "./roles";
import { actorFromApiKey, bearerToken } from "./api-key-actor";
import { actorFromSession } from "./session-actor";

export type { Role } from "./roles";

/** Who is making a request: a signed-in technician or an automation key. */
export interface Actor {
  type: "user" | "api_key";
  id: string;
  name: string;
  upn?: string;
  role: Role;
}

const NOT_SIGNED_IN = "Sign in, or send an API key as 'Authorization: Bearer <key>'.";

/**
 * Resolves the caller, or the reason there is none. A Bearer header is authoritative: a bad key
 * is never rescued by a session cookie, so automation gets a clear 401 instead of acting as
 * whoever's browser happens to share the cookie jar.
 */
async function resolve(req?: Request): Promise<Actor | AppError> {
  const headers = req ? req.headers : await (await import("next/headers")).headers();
  const bearer = bearerToken(headers.get("authorization"));
  if (bearer !== undefined) return actorFromApiKey(bearer);
  return (await actorFromSession(headers.get("cookie"))) ?? new AppError("UNAUTHENTICATED", NOT_SIGNED_IN);
}

/**
 * THE way to learn who is calling. With `req` (route handlers) it reads that request's headers;
 * without (server components, server actions) it reads the current request via next/headers.
 * Null when nobody is signed in or the presented API key is unknown or revoked.
 */
export async function getActor(req?: Request): Promise<Actor | null> {
  const result = await resolve(req);
  return result instanceof AppError ? null : result;
}

/** Like getActor, but throws UNAUTHENTICATED (401) or FORBIDDEN (403) with a message saying why. */
export async function requireActor(opts: { roles?: Role[] } = {}, req?: Request): Promise<Actor> {
  const actor = await resolve(req);
  if (actor instanceof AppError) throw actor;
  if (opts.roles && !opts.roles.includes(actor.role)) {
    const allowed = opts.roles.map((r) => ROLE_LABELS[r]).join(" or ");
    throw new AppError("FORBIDDEN", `This needs the ${allowed} role; you are ${ROLE_LABELS[actor.role]}.`);
  }
  return actor;
}
