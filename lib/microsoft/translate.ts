import { AppError, type ErrorCode } from "../errors";
import { MICROSOFT_ERRORS, UNKNOWN_TRANSLATION, type Translation } from "./error-table";
import { serviceError } from "./service-errors";

export function translation(code: string | number | undefined): Translation {
  return (code !== undefined && MICROSOFT_ERRORS[String(code)]) || UNKNOWN_TRANSLATION;
}

/** The table entry for one of our own codes, to re-report a stored failure with its fix-it. */
export function translationForCode(code: string | null | undefined): Translation {
  return Object.values(MICROSOFT_ERRORS).find((t) => t.code === (code as ErrorCode)) ?? UNKNOWN_TRANSLATION;
}

/**
 * msal errors → AppError. Branch on `errorNo` (the AADSTS number): msal raises the same code
 * as ServerError or InteractionRequiredAuthError depending on suberror, so the class is noise.
 */
export function fromMsalError(e: unknown): AppError {
  const err = e as { errorNo?: string | number; errorCode?: string; errorMessage?: string; correlationId?: string; status?: number };
  const aadsts = err?.errorNo !== undefined && err.errorNo !== "" ? Number(err.errorNo) : undefined;
  if (aadsts !== undefined && !Number.isNaN(aadsts)) {
    const t = translation(aadsts);
    return new AppError(t.code, `${t.cause} (AADSTS${aadsts})`, {
      fixIt: t.fixIt,
      upstream: { code: `AADSTS${aadsts}`, requestId: err.correlationId, status: err.status },
      cause: e,
    });
  }
  if (err?.errorCode === "temporarily_unavailable" || (err?.status ?? 0) >= 500 || /network|fetch|timeout|ECONN/i.test(String(err?.errorCode ?? err?.errorMessage ?? e))) {
    return new AppError("MICROSOFT_UNAVAILABLE", "The Microsoft identity platform could not be reached or is unavailable.", {
      fixIt: "Retry in a moment. If it persists, check this server's outbound connection to Microsoft.",
      upstream: { code: err?.errorCode },
      cause: e,
    });
  }
  return new AppError("MICROSOFT_ERROR", `The identity platform returned an error (${err?.errorCode ?? "unknown"}).`, {
    fixIt: UNKNOWN_TRANSLATION.fixIt,
    upstream: { code: err?.errorCode, requestId: err?.correlationId },
    cause: e,
  });
}

/** A non-2xx answer from Graph, Exchange or Partner Center → AppError. */
export function fromHttpFailure(status: number, body: unknown, requestId?: string): AppError {
  const b = body as { error?: { code?: string; message?: string; details?: { message?: string }[] }; code?: string | number; description?: string; message?: string };
  const rawCode = b?.error?.code ?? (b?.code !== undefined ? String(b.code) : undefined);
  // Exchange and Partner Center say what went wrong in their message or numeric code (service-errors.ts).
  const svc = serviceError(status, body);
  const code = svc?.code ?? rawCode;
  const message = svc?.message ?? b?.error?.details?.[0]?.message ?? b?.error?.message ?? b?.description ?? b?.message ?? `HTTP ${status}`;
  let t = svc?.key ? translation(svc.key) : UNKNOWN_TRANSLATION;
  if (t === UNKNOWN_TRANSLATION) t = translation(rawCode);
  if (t === UNKNOWN_TRANSLATION) {
    if (status === 429) t = translation("TooManyRequests");
    else if (status === 401) t = translation("InvalidAuthenticationToken");
    else if (status === 403) t = translation("Authorization_RequestDenied");
    else if (status === 404) t = translation("Request_ResourceNotFound");
    else if (status >= 500) t = { code: "MICROSOFT_UNAVAILABLE", cause: "Microsoft's service failed.", fixIt: "Retry in a moment." };
    else if (status === 400) t = translation("Request_BadRequest");
  }
  return new AppError(t.code, `${t.cause} Microsoft said: ${message}`, { fixIt: t.fixIt, upstream: { code, requestId, status } });
}
