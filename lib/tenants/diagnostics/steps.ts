import type { AppError } from "../../errors";
import type { DiagnosticStep, DiagnosticStepId, FixAction } from "../types";

export const STEP_TITLES: Record<DiagnosticStepId, string> = {
  "gdap.active": "GDAP relationship is active",
  "gdap.roles": "GDAP roles cover each feature area",
  "gdap.assignments": "Partner groups are assigned and the partner admin is in one",
  "consent.present": "Application consent with the needed grants",
  "token.graph": "Token for Microsoft Graph",
  "token.exchange": "Token for Exchange Online",
  "token.partnerCenter": "Token for Partner Center",
  "exchange.reachable": "Exchange Online answers via the initial domain",
};

export const pass = (id: DiagnosticStepId, detail: string): DiagnosticStep => ({ id, title: STEP_TITLES[id], status: "pass", detail });
export const skip = (id: DiagnosticStepId, reason: string): DiagnosticStep => ({ id, title: STEP_TITLES[id], status: "skip", detail: reason });

export function problem(
  id: DiagnosticStepId,
  status: "warn" | "fail",
  detail: string,
  o: { code?: string; fixIt?: string; fixAction?: FixAction } = {},
): DiagnosticStep {
  return { id, title: STEP_TITLES[id], status, detail, ...o };
}

/**
 * Where each kind of fix is done, and only where that place exists: a Tenantry page, or the Microsoft
 * portal page that is the real fix. A fix with no such place (application consent has no portal
 * page; Tenantry's onboarding wizard will own it) carries its fix-it text and no link.
 * tests/unit/diagnostics-fix-links.test.ts checks every href resolves.
 */
export const FIX = {
  gdap: (tenantId: string): FixAction => ({
    action: "gdap.request",
    label: "Open GDAP in Partner Center",
    href: `https://partner.microsoft.com/dashboard/v2/customers/${encodeURIComponent(tenantId)}/adminrelationships`,
  }),
  reconnect: (): FixAction => ({ action: "sam.reconnect", label: "Reconnect the partner account", href: "/settings/partner-connection" }),
} satisfies Record<string, (tenantId: string) => FixAction>;

const RECONNECT_CODES = new Set(["REFRESH_TOKEN_EXPIRED", "REFRESH_TOKEN_REVOKED", "REFRESH_TOKEN_INVALID", "MFA_REQUIRED", "SIGN_IN_FREQUENCY", "NOT_CONNECTED", "INVALID_CLIENT_SECRET", "CLIENT_SECRET_EXPIRED", "CLIENT_SECRET_MISSING", "USER_DISABLED"]);

/** A Microsoft failure as a failed step: our code, Microsoft's cause, the error table's fix-it and where to act. */
export function failedCall(id: DiagnosticStepId, tenantId: string, e: AppError): DiagnosticStep {
  const fixAction = RECONNECT_CODES.has(e.code) ? FIX.reconnect() : e.code === "GDAP_ACCESS_MISSING" ? FIX.gdap(tenantId) : undefined;
  return problem(id, "fail", e.message, { code: e.code, ...(e.fixIt ? { fixIt: e.fixIt } : {}), ...(fixAction ? { fixAction } : {}) });
}
