import { isAppError } from "../../errors";
import { createExchangeClient } from "../../microsoft/exchange/client";
import type { MicrosoftEndpoints } from "../../microsoft/endpoints";
import type { Resource } from "../../microsoft/resources";
import type { TokenBroker } from "../../microsoft/token-broker";
import { translationForCode } from "../../microsoft/translate";
import { missingGrants, type ConsentFacts } from "../status";
import type { DiagnosticStep, DiagnosticStepId } from "../types";
import { failedCall, pass, problem } from "./steps";

/** consent.present: Partner Center's application consent for the SAM app, with Graph and Exchange.Manage grants. */
export function consentPresent(tenantId: string, consent: ConsentFacts | null): DiagnosticStep {
  const id = "consent.present";
  if (!consent) {
    return problem(id, "warn", "This tenant is not a Partner Center customer of yours, so its application consent cannot be read.", {
      fixIt: "If Tenantry works here, nothing to do. Otherwise consent has to be granted by the customer's own admin.",
    });
  }
  if (consent.errorCode) {
    const t = translationForCode(consent.errorCode);
    return problem(id, "warn", `Partner Center could not be read: ${t.cause}`, { code: consent.errorCode, fixIt: t.fixIt });
  }
  const fix = { code: "CONSENT_MISSING", fixIt: translationForCode("CONSENT_MISSING").fixIt };
  if (!consent.samAppConsented) return problem(id, "fail", "The Tenantry app has no application consent in this tenant.", fix);
  const missing = missingGrants(consent);
  if (missing.length) return problem(id, "fail", `The app's consent lacks ${missing.join(" and ")}.`, fix);
  const scopes = consent.grants.flatMap((g) => g.scopes);
  return pass(id, `Consented: ${scopes.length} delegated permission${scopes.length === 1 ? "" : "s"} incl. Exchange.Manage.`);
}

const TOKEN_STEP: Record<"graph" | "exchange" | "partnerCenter", DiagnosticStepId> = {
  graph: "token.graph", exchange: "token.exchange", partnerCenter: "token.partnerCenter",
};

/** token.*: mints a token through the broker, exactly as every action will. */
export async function tokenStep(broker: Pick<TokenBroker, "getAccessToken">, tenantId: string, resource: "graph" | "exchange" | "partnerCenter", at: string): Promise<DiagnosticStep> {
  const id = TOKEN_STEP[resource];
  try {
    await broker.getAccessToken({ tenantId: at, resource: resource as Resource });
    return pass(id, at === tenantId ? "Issued." : "Issued (in the partner tenant).");
  } catch (e) {
    if (isAppError(e)) return failedCall(id, tenantId, e);
    throw e;
  }
}

/** exchange.reachable: one Get-Mailbox -ResultSize 1 addressed by the tenant's initial domain. */
export async function exchangeReachable(
  deps: { broker: Pick<TokenBroker, "getAccessToken">; endpoints: MicrosoftEndpoints },
  tenantId: string,
  initialDomain: string,
): Promise<DiagnosticStep> {
  const id = "exchange.reachable";
  try {
    const exo = createExchangeClient({
      tenant: { id: tenantId, initialDomain },
      baseUrl: deps.endpoints.exchange,
      getToken: async () => (await deps.broker.getAccessToken({ tenantId, resource: "exchange" })).token,
      http: { retry: { maxAttempts: 2 } },
    });
    const r = await exo.invoke("Get-Mailbox", { ResultSize: 1 }, { select: ["PrimarySmtpAddress"], pageSize: 1 });
    return pass(id, `Exchange Online answered at ${initialDomain} (${r.records.length ? "mailboxes readable" : "no mailboxes yet"}).`);
  } catch (e) {
    if (isAppError(e)) return failedCall(id, tenantId, e);
    throw e;
  }
}

