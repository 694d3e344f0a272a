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

/** Where each kind of fix is done in Tenantry (UI routes; the onboarding wizard owns GDAP and consent). */
export const FIX = {
  grantConsent: (tenantId: string): FixAction => ({ action: "consent.grant", label: "Grant consent", href: `/tenants/${tenantId}/onboarding` }),
  gdap: (tenantId: string): FixAction => ({ action: "gdap.request", label: "Set up GDAP", href: `/tenants/${tenantId}/onboarding?step=gdap` }),
  reconnect: (): FixAction => ({ action: "sam.reconnect", label: "Reconnect the partner account", href: "/settings/partner-connection" }),
  sync: (): FixAction => ({ action: "tenants.sync", label: "Sync customers", href: "/tenants" }),
};

const CONSENT_CODES = new Set(["CONSENT_MISSING", "APP_NOT_AUTHORIZED_IN_TENANT", "APP_NOT_FOUND_IN_TENANT", "RESOURCE_NOT_IN_TENANT"]);
const RECONNECT_CODES = new Set(["REFRESH_TOKEN_EXPIRED", "REFRESH_TOKEN_REVOKED", "REFRESH_TOKEN_INVALID", "MFA_REQUIRED", "SIGN_IN_FREQUENCY", "NOT_CONNECTED", "INVALID_CLIENT_SECRET", "CLIENT_SECRET_EXPIRED", "CLIENT_SECRET_MISSING", "USER_DISABLED"]);

/** A Microsoft failure as a failed step: our code, Microsoft's cause, the error table's fix-it and where to act. */
export function failedCall(id: DiagnosticStepId, tenantId: string, e: AppError): DiagnosticStep {
  const fixAction = CONSENT_CODES.has(e.code) ? FIX.grantConsent(tenantId) : RECONNECT_CODES.has(e.code) ? FIX.reconnect() : e.code === "GDAP_ACCESS_MISSING" ? FIX.gdap(tenantId) : undefined;
  return problem(id, "fail", e.message, { code: e.code, ...(e.fixIt ? { fixIt: e.fixIt } : {}), ...(fixAction ? { fixAction } : {}) });
}
