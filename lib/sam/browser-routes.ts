import { NextResponse } from "next/server";
import { requireActor, type Actor } from "../auth/actor";
import { env } from "../env";
import { AppError } from "../errors";
import { connectErrorParam } from "./connect-errors";

// The two consent routes are browser navigations, not JSON calls: every outcome is a redirect back
// into the wizard, and an error travels only as a code in `?error=` (the page words it).

export const appUrl = (path: string) => new URL(path, env().NEXTAUTH_URL);

export function backToWizard(step: "connect" | "verify", error?: AppError): NextResponse {
  const url = appUrl("/setup");
  url.searchParams.set("step", step);
  if (error) url.searchParams.set("error", connectErrorParam(error));
  return NextResponse.redirect(url, { headers: { "cache-control": "no-store" } });
}

/** The signed-in admin, or the redirect that explains why not (sign in / the wizard's refusal). */
export async function adminOrRedirect(req: Request): Promise<Actor | NextResponse> {
  try {
    const actor = await requireActor({ roles: ["admin"] }, req);
    if (actor.type !== "user") throw new AppError("FORBIDDEN", "Consent needs a person, not an API key.");
    return actor;
  } catch (e) {
    if (e instanceof AppError && e.code === "UNAUTHENTICATED") {
      return NextResponse.redirect(appUrl("/signin?callbackUrl=%2Fsetup"));
    }
    return NextResponse.redirect(appUrl("/setup"));
  }
}

export function asAppError(e: unknown, route: string): AppError {
  if (e instanceof AppError) return e;
  // Only the error's name: messages from deep inside may quote request bodies.
  console.error(`[sam] ${route} failed: ${e instanceof Error ? e.name : typeof e}`);
  return new AppError("INTERNAL", "Something went wrong on the server.");
}
