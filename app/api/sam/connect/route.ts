import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { adminOrRedirect, asAppError, backToWizard } from "@/lib/sam/browser-routes";
import { beginConsent } from "@/lib/sam/consent";
import { CONSENT_COOKIE, consentCookieOptions } from "@/lib/sam/consent-cookie";
import { samDeps } from "@/lib/sam/deps";

export const dynamic = "force-dynamic";

/** "Connect as partner admin": starts auth code + PKCE and sends the browser to Microsoft's sign-in. */
export async function GET(req: Request) {
  const actor = await adminOrRedirect(req);
  if (actor instanceof NextResponse) return actor;
  try {
    const { url, cookie } = await beginConsent(samDeps(), actor);
    const res = NextResponse.redirect(url, { headers: { "cache-control": "no-store" } });
    res.cookies.set(CONSENT_COOKIE, cookie, consentCookieOptions(env().NEXTAUTH_URL));
    return res;
  } catch (e) {
    return backToWizard("connect", asAppError(e, "connect"));
  }
}
