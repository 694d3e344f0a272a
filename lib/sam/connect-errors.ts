import { AppError, type ErrorCode } from "../errors";
import type { Translation } from "../microsoft/error-table";
import { translation, translationForCode } from "../microsoft/translate";

// Client-safe: the wizard turns the `?error=` of a failed connection back into words with this.

/** Failures of the consent round trip that are not an AADSTS code. */
export const CONNECT_FAILURES = {
  declined: {
    cause: "The sign-in was cancelled or the permissions were declined.",
    fixIt: "Choose Connect again, sign in as a Global Administrator of the partner tenant and select Accept.",
  },
  expired: {
    cause: "This connection attempt expired, or it was started in another browser or by another admin.",
    fixIt: "Choose Connect again and finish the sign-in within 10 minutes, in the same browser.",
  },
  wrong_tenant: {
    cause: "The account you signed in with does not belong to the partner tenant.",
    fixIt: "Choose Connect again and sign in with an admin account of the partner tenant entered in step 1.",
  },
  no_refresh_token: {
    cause: "Microsoft returned no refresh token, so Tenantry could not keep the connection.",
    fixIt: "Check that the app registration allows the offline_access permission, then connect again.",
  },
  not_registered: {
    cause: "The app registration has not been saved yet.",
    fixIt: "Complete step 1 (app registration) first.",
  },
} as const satisfies Record<string, Omit<Translation, "code">>;

export type ConnectFailure = keyof typeof CONNECT_FAILURES;

const STATUS: Record<ConnectFailure, ErrorCode> = {
  declined: "FORBIDDEN", expired: "BAD_REQUEST", wrong_tenant: "FORBIDDEN", no_refresh_token: "MICROSOFT_ERROR", not_registered: "NOT_CONNECTED",
};

export function connectFailure(reason: ConnectFailure): AppError {
  const f = CONNECT_FAILURES[reason];
  return new AppError(STATUS[reason], f.cause, { fixIt: f.fixIt, upstream: { code: reason } });
}

/** What goes in `?error=`: our reason, the AADSTS code, or our error code. Never a message. */
export function connectErrorParam(e: AppError): string {
  return String(e.upstream?.code ?? e.code);
}

/** `?error=` → cause and fix-it for the wizard. */
export function describeConnectError(param: string): { cause: string; fixIt: string } {
  if (param in CONNECT_FAILURES) return CONNECT_FAILURES[param as ConnectFailure];
  const aadsts = /^AADSTS(\d+)$/.exec(param);
  if (aadsts) {
    const t = translation(Number(aadsts[1]));
    return { cause: `${t.cause} (${param})`, fixIt: t.fixIt };
  }
  return translationForCode(param);
}
