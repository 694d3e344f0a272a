// next-auth prefixes its cookies with __Secure- when the app is served over https; we read the
// cookie ourselves (lib/auth/session-actor.ts, proxy.ts), so compute the name the same way.
export function sessionCookieName(nextAuthUrl = process.env.NEXTAUTH_URL ?? ""): string {
  return nextAuthUrl.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** A working day. Sessions end this long after sign-in, however active (roles are re-read at sign-in). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * next-auth slides the cookie's expiry each time it re-issues it; the interactive sign-in time
 * (authTime) is what bounds a session absolutely.
 */
export function sessionStillValid(authTime: unknown, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  return typeof authTime === "number" && nowSeconds - authTime <= SESSION_MAX_AGE_SECONDS;
}
