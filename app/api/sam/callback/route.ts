import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { adminOrRedirect, asAppError, backToWizard } from "@/lib/sam/browser-routes";
import { completeConsent } from "@/lib/sam/consent";
import { CONSENT_COOKIE, consentCookieOptions } from "@/lib/sam/consent-cookie";
import { samDeps } from "@/lib/sam/deps";
import { startFirstSync } from "@/lib/tenants/start";

export const dynamic = "force-dynamic";

/** Microsoft sends the partner admin back here with a code (or an error); on to the verify step. */
export async function GET(req: NextRequest) {
  const actor = await adminOrRedirect(req);
  if (actor instanceof NextResponse) return actor;
  // One attempt, one cookie: success or failure, the verifier is spent.
  const spent = (res: NextResponse) => (res.cookies.set(CONSENT_COOKIE, "", consentCookieOptions(env().NEXTAUTH_URL, 0)), res);
  const deps = samDeps();
  try {
    await completeConsent(deps, actor, req.nextUrl.searchParams, req.cookies.get(CONSENT_COOKIE)?.value);
  } catch (e) {
    return spent(backToWizard("connect", asAppError(e, "callback")));
  }
  // Connected: queue the first customer sync. The connection stands even if the job cannot be
  // queued (the list's Sync now still works), so that failure is logged, not shown.
  await startFirstSync(deps.prisma, actor).catch((e: unknown) => console.error(`[sam] first sync not queued: ${e instanceof Error ? e.name : typeof e}`));
  return spent(backToWizard("verify"));
}
