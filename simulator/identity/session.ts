import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import { IDENTITY_HOST } from "./tenant";
import { issuedBeforeRevocation, userById, type SignInUser } from "./users";

/** The browser's single-sign-on session with the simulated sign-in service (Microsoft's is ESTSAUTH). */
export const SESSION_COOKIE = "ESTSAUTH";

export interface Session {
  oid: string;
  home: string;
  /** simulated epoch ms of sign-in */
  at: number;
  /** client id -> scopes this user consented to on the consent page */
  consents: Record<string, string>;
}

function mac(ctx: SimContext, body: string): string {
  return createHmac("sha256", `${ctx.world.seed}:sign-in-session`).update(body).digest("base64url");
}

export function sealSession(ctx: SimContext, s: Session): string {
  const body = Buffer.from(JSON.stringify(s)).toString("base64url");
  return `${body}.${mac(ctx, body)}`;
}

export function sessionCookie(ctx: SimContext, s: Session): string {
  return `${SESSION_COOKIE}=${sealSession(ctx, s)}; Path=/${IDENTITY_HOST}; HttpOnly; SameSite=Lax`;
}

/** The signed-in user of this browser, if the session is intact, not revoked and the account enabled. */
export function readSession(ctx: SimContext, req: FastifyRequest): { session: Session; who: SignInUser } | undefined {
  const raw = cookie(req.headers.cookie, SESSION_COOKIE);
  const [body, sig] = raw?.split(".") ?? [];
  if (!body || !sig) return undefined;
  const expected = Buffer.from(mac(ctx, body));
  if (expected.length !== Buffer.from(sig).length || !timingSafeEqual(expected, Buffer.from(sig))) return undefined;
  let session: Session;
  try {
    session = JSON.parse(Buffer.from(body, "base64url").toString()) as Session;
  } catch {
    return undefined;
  }
  const who = userById(ctx, session.home, session.oid);
  if (!who || !who.user.accountEnabled || issuedBeforeRevocation(who.user, session.at)) return undefined;
  return { session: { ...session, consents: session.consents ?? {} }, who };
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}
