import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { checkAppCredentials } from "../microsoft/partner-app";
import { fromMsalError } from "../microsoft/translate";
import { auditSam } from "./audit";
import type { SamDeps } from "./deps";
import { storeRegistration } from "./registration";
import { appRegistrationSchema, type AppRegistrationInput } from "./schemas";

export { appRegistrationSchema, type AppRegistrationInput };

/** Which form field an identity-platform error points at, so the wizard shows it in place. */
const FIELD_OF: Partial<Record<AppError["code"], "partnerTenantId" | "clientId" | "clientSecret">> = {
  TENANT_NOT_FOUND: "partnerTenantId",
  APP_NOT_FOUND_IN_TENANT: "clientId",
  INVALID_CLIENT_SECRET: "clientSecret",
  CLIENT_SECRET_EXPIRED: "clientSecret",
  CLIENT_SECRET_MISSING: "clientSecret",
};

/**
 * Step 1: proves the tenant, client id and secret belong together by asking the identity platform
 * for an app-only token at the partner tenant, then stores them (the secret encrypted). The tenant
 * is stored as the GUID from that token, so a domain typed here still compares with id tokens later.
 */
export async function saveAppRegistration(deps: SamDeps, actor: Actor, raw: unknown): Promise<{ partnerTenantId: string }> {
  const input = appRegistrationSchema.parse(raw);
  let tenantGuid: string | null;
  try {
    tenantGuid = await checkAppCredentials(input, deps.store, deps.endpoints);
  } catch (e) {
    const err = e instanceof AppError ? e : fromMsalError(e);
    const field = FIELD_OF[err.code];
    await auditSam(deps.prisma, actor, "sam.app_registration_saved", "failed", { partnerTenantId: input.partnerTenantId, clientId: input.clientId, code: err.code });
    throw field ? new AppError(err.code, err.message, { fixIt: err.fixIt, upstream: err.upstream, fields: { [field]: [err.message] } }) : err;
  }
  if (!tenantGuid) {
    throw new AppError("VALIDATION_FAILED", "Enter the client secret.", { fields: { clientSecret: ["Enter the app's client secret."] } });
  }
  const saved = await storeRegistration(deps.prisma, deps.secrets, { partnerTenantId: tenantGuid, clientId: input.clientId.toLowerCase(), clientSecret: input.clientSecret, validated: true });
  await auditSam(deps.prisma, actor, "sam.app_registration_saved", "succeeded", {
    partnerTenantId: tenantGuid, clientId: input.clientId, secretChanged: saved.secretChanged, consentKept: saved.sameApp,
  });
  if (!saved.sameApp) deps.broker.invalidate();
  return { partnerTenantId: tenantGuid };
}
