/**
 * One error type for everything the app reports: a stable code (for automation), an HTTP
 * status, a message for people, and — for Microsoft failures — what to do about it.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  // A Bearer key was presented but is unknown or revoked (distinct from sending no credentials).
  API_KEY_INVALID: 401,
  FORBIDDEN: 403,
  // An object guard (lib/authz/guards.ts) refused this target for the caller's role.
  GUARD_BLOCKED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  NOT_CONNECTED: 409,
  // Microsoft-side failures: the request was fine, the partner connection or tenant is not.
  REFRESH_TOKEN_EXPIRED: 502,
  REFRESH_TOKEN_REVOKED: 502,
  REFRESH_TOKEN_INVALID: 502,
  CONSENT_MISSING: 502,
  APP_NOT_AUTHORIZED_IN_TENANT: 502,
  APP_NOT_FOUND_IN_TENANT: 502,
  GDAP_ACCESS_MISSING: 502,
  CONDITIONAL_ACCESS_BLOCKED: 502,
  MFA_REQUIRED: 502,
  SIGN_IN_FREQUENCY: 502,
  INVALID_CLIENT_SECRET: 502,
  CLIENT_SECRET_EXPIRED: 502,
  CLIENT_SECRET_MISSING: 502,
  TENANT_NOT_FOUND: 502,
  RESOURCE_NOT_IN_TENANT: 502,
  INVALID_SCOPE: 502,
  USER_DISABLED: 502,
  AUTH_CODE_REDEEMED: 502,
  DELEGATED_ADMIN_BLOCKED: 502,
  MICROSOFT_FORBIDDEN: 502,
  MICROSOFT_NOT_FOUND: 502,
  MICROSOFT_BAD_REQUEST: 502,
  MICROSOFT_THROTTLED: 503,
  MICROSOFT_UNAVAILABLE: 503,
  MICROSOFT_ERROR: 502,
  // Exchange Online and Partner Center (lib/microsoft/exchange, lib/microsoft/partner-center).
  EXCHANGE_WRONG_TENANT_ID: 502,
  APPLICATION_CONSENT_EXISTS: 409,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface AppErrorOptions {
  fixIt?: string;
  /** field -> messages, for validation errors */
  fields?: Record<string, string[]>;
  /** Microsoft's own code and request id, for support and the audit log */
  upstream?: { code?: string | number; requestId?: string; status?: number };
  cause?: unknown;
}

export class AppError extends Error {
  readonly status: number;
  readonly fixIt?: string;
  readonly fields?: Record<string, string[]>;
  readonly upstream?: AppErrorOptions["upstream"];

  constructor(readonly code: ErrorCode, message: string, opts: AppErrorOptions = {}) {
    super(message, { cause: opts.cause });
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
    this.fixIt = opts.fixIt;
    this.fields = opts.fields;
    this.upstream = opts.upstream;
  }

  /** The JSON body of an error response; never includes the cause (it may hold secrets). */
  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fixIt ? { fixIt: this.fixIt } : {}),
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.upstream ? { upstream: this.upstream } : {}),
      },
    };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
