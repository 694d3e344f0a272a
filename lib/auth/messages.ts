import type { RefusalReason } from "./sign-in";

/** Why the sign-in page was shown again; keys are next-auth's error codes plus our own. */
export function signInNotice(error?: string, reason?: string): { title: string; text: string } | null {
  if (reason === "expired") return { title: "Your session has ended", text: "Sessions last a working day. Sign in again to continue." };
  if (reason === "signed_out") return { title: "You are signed out", text: "Sign in again whenever you are ready." };
  if (!error) return null;
  if (error === "Configuration") {
    return { title: "Sign-in is not set up correctly", text: "Tenantry could not reach the Microsoft sign-in endpoint or its configuration is invalid. An administrator should check the server log and the TENANTRY_SIGNIN_* settings." };
  }
  if (error === "SessionRequired") return { title: "Please sign in", text: "That page needs you to be signed in." };
  return { title: "Sign-in did not complete", text: "Microsoft did not confirm the sign-in (it may have been cancelled or taken too long). Try again." };
}

export type RefusalPageReason = RefusalReason | "unavailable";

export const REFUSALS: Record<RefusalPageReason, { title: string; text: string; next: string }> = {
  no_role: {
    title: "Your account has no Tenantry role — ask an admin to map one of your groups",
    text: "You signed in with Microsoft, but none of your groups or app roles is mapped to a Tenantry role, so Tenantry cannot let you in.",
    next: "A Tenantry admin can map one of your Microsoft Entra groups to a role under Settings → Access. Sign in again once they have.",
  },
  wrong_tenant: {
    title: "This account belongs to a different organisation",
    text: "Tenantry only accepts accounts from your MSP's own Microsoft Entra tenant.",
    next: "Sign in with your work account from the MSP's tenant.",
  },
  missing_claims: {
    title: "Microsoft did not send the account details Tenantry needs",
    text: "The sign-in token had no object id, user name or tenant.",
    next: "An administrator should check the sign-in app registration's token configuration.",
  },
  unavailable: {
    title: "Tenantry could not record your sign-in, so it was refused",
    text: "Every sign-in is written to the audit log first; that write failed (usually the database is unreachable).",
    next: "Try again in a minute. If it keeps happening, an administrator should check the database and the server log.",
  },
};

export const isRefusalReason = (value: unknown): value is RefusalPageReason =>
  typeof value === "string" && Object.hasOwn(REFUSALS, value);
