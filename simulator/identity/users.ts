import type { SimContext } from "../core/context";
import { findTenant, findUser } from "../world/access";
import type { Tenant, User } from "../world/types";

export interface SignInUser {
  user: User;
  home: Tenant;
}

/**
 * Resolves a sign-in name the way the sign-in page does: partner personas first, then any tenant
 * that owns the UPN's domain (customer users can sign in to their own tenant too).
 */
export function findSignInUser(ctx: SimContext, upn: string | undefined): SignInUser | undefined {
  const name = upn?.trim();
  if (!name) return undefined;
  const partner = ctx.world.partner;
  const own = findUser(partner, name);
  if (own) return { user: own, home: partner };
  const domain = name.split("@")[1];
  const tenant = domain ? findTenant(ctx.world, domain) : undefined;
  const user = tenant ? findUser(tenant, name) : undefined;
  return tenant && user ? { user, home: tenant } : undefined;
}

/** A user by object id in a known home tenant (refresh tokens, codes and sessions carry these). */
export function userById(ctx: SimContext, homeId: string, oid: string): SignInUser | undefined {
  const home = ctx.world.tenantsById.get(homeId);
  const user = home?.directory.users.get(oid);
  return home && user ? { user, home } : undefined;
}

/** Tokens issued before the user's sessions were revoked (revokeSignInSessions, password reset) are dead. */
export function issuedBeforeRevocation(user: User, issuedMs: number): boolean {
  const validFrom = Date.parse(user.signInSessionsValidFromDateTime);
  return Number.isFinite(validFrom) && issuedMs < validFrom;
}
