import { createHash, randomBytes } from "node:crypto";
import type { SimContext } from "../core/context";

const CODE_LIFETIME_MS = 10 * 60_000;

/** An authorization code: who signed in where, for which client and redirect, with what PKCE challenge. */
export interface AuthCode {
  clientId: string;
  redirectUri: string;
  oid: string;
  homeId: string;
  /** tenant the tokens are for (the authorize path's tenant, or the user's home for common) */
  targetId: string;
  /** the authorize path segment as given, when it named a tenant */
  pathTenantId: string | null;
  scope: string;
  nonce?: string;
  challenge?: string;
  method?: "S256" | "plain";
  expiresAt: number;
  redeemed: boolean;
}

function store(ctx: SimContext): Map<string, AuthCode> {
  return ctx.store("identity.authCodes", () => new Map<string, AuthCode>());
}

export function issueCode(ctx: SimContext, c: Omit<AuthCode, "expiresAt" | "redeemed">): string {
  const codes = store(ctx);
  const now = ctx.clock.now();
  // Forget codes long past use; redeemed ones stay a while so reuse answers 54005.
  for (const [k, v] of codes) if (v.expiresAt + 3_600_000 < now) codes.delete(k);
  const code = `1.A${randomBytes(96).toString("base64url")}`;
  codes.set(code, { ...c, expiresAt: now + CODE_LIFETIME_MS, redeemed: false });
  return code;
}

export function findCode(ctx: SimContext, code: string): AuthCode | undefined {
  return store(ctx).get(code);
}

/** RFC 7636: S256 compares base64url(sha256(verifier)); plain compares the verifier itself. */
export function pkceMatches(c: AuthCode, verifier: string | undefined): boolean {
  if (!c.challenge) return true;
  if (!verifier) return false;
  const computed = c.method === "plain" ? verifier : createHash("sha256").update(verifier).digest("base64url");
  return computed === c.challenge;
}
