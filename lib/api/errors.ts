import { randomUUID } from "node:crypto";
import { ZodError } from "zod";

import { AppError, isAppError } from "@/lib/errors";

/** zod issues → { "field.path": [messages] }; "_" holds issues about the body as a whole. */
export function zodFields(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Any thrown value → an AppError that is safe to show (unknown errors become a generic INTERNAL). */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) {
    return new AppError("VALIDATION_FAILED", "Some fields are invalid.", { fields: zodFields(error) });
  }
  return new AppError("INTERNAL", "Something went wrong on the server.");
}

/**
 * The JSON error response. Unexpected errors are logged with a reference the caller also gets,
 * so support can find the log line — but the response never carries a stack, a cause or a message
 * from deep inside (those can hold connection strings or tokens).
 */
export function errorResponse(error: unknown, req?: Request): Response {
  const appError = toAppError(error);
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (appError.status === 401) headers["www-authenticate"] = 'Bearer realm="tenantry"';
  if (appError.code === "INTERNAL") {
    const reference = randomUUID();
    const where = req ? `${req.method} ${new URL(req.url).pathname}` : "request";
    const name = error instanceof Error ? error.name : typeof error;
    console.error(`[api] ${where} failed (ref ${reference}): ${name}`);
    const body = appError.toJSON();
    return Response.json({ error: { ...body.error, reference } }, { status: 500, headers });
  }
  return Response.json(appError.toJSON(), { status: appError.status, headers });
}
