import { NextResponse, type NextRequest } from "next/server";

import { actorFromSession } from "@/lib/auth/session-actor";
import { sessionCookieName } from "@/lib/auth/session-cookie";

// The front door: pages need a session, /api/v1 needs a session or a Bearer key. It is a first
// line only — pages re-check with getActor() and every /api/v1 handler goes through apiRoute(),
// which also validates the key (the proxy only checks that one was presented).

const PUBLIC_API = new Set(["/api/v1/health"]);

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const isApi = pathname.startsWith("/api/");
  if (isApi && (PUBLIC_API.has(pathname) || req.headers.has("authorization"))) return NextResponse.next();

  const actor = await actorFromSession(req.headers.get("cookie")).catch(() => null);
  if (actor) return NextResponse.next();

  if (isApi) {
    return NextResponse.json(
      { error: { code: "UNAUTHENTICATED", message: "Sign in, or send an API key as 'Authorization: Bearer <key>'." } },
      { status: 401, headers: { "www-authenticate": 'Bearer realm="tenantry"', "cache-control": "no-store" } },
    );
  }
  const signIn = new URL("/signin", req.url);
  // A session cookie that no longer decodes is an expired (or rotated-secret) session: say so.
  if (req.cookies.getAll().some((c) => c.name.startsWith(sessionCookieName()))) signIn.searchParams.set("reason", "expired");
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    // Everything except sign-in pages, next-auth's own routes, other /api areas (they guard
    // themselves, e.g. the SAM callback), Next internals and static files.
    "/((?!signin|api/|_next/|favicon|icon|.*\\.(?:svg|png|jpg|ico|webp|txt|xml)$).*)",
    "/api/v1/:path*",
  ],
};
