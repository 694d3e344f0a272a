import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { adminOrRedirect, asAppError, backToWizard } from "@/lib/sam/browser-routes";
import { completeConsent } from "@/lib/sam/consent";
import { CONSENT_COOKIE, consentCookieOptions } from "@/lib/sam/consent-cookie";
import { samDeps } from "@/lib/sam/deps";

export const dynamic = "force-dynamic";

/** Microsoft sends the partner admin back here with a code (or an error); on to the verify step. */
export async function GET(req: NextRequest) {
  const actor = await adminOrRedirect(req);
  if (actor instanceof NextResponse) return actor;
  let res: NextResponse;
  try {
    await completeConsent(samDeps(), actor, req.nextUrl.searchParams, req.cookies.get(CONSENT_COOKIE)?.value);
    res = backToWizard("verify");
  } catch (e) {
    res = backToWizard("connect", asAppError(e, "callback"));
  }
  // One attempt, one cookie: success or failure, the verifier is spent.
  res.cookies.set(CONSENT_COOKIE, "", consentCookieOptions(env().NEXTAUTH_URL, 0));
  return res;
}
