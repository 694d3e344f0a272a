import { graphClient } from "../../microsoft/graph/client";
import { getOrganization, listDomains, listSubscribedSkus, type TenantDomain, type TenantOrganization, type TenantSku } from "../../microsoft/graph/tenant-info";
import type { PartnerCenterClient } from "../../microsoft/partner-center/client";
import type { PartnerConnection, TenantsDeps } from "../deps";
import { errorOf, type RunError } from "../runs";
import type { ConsentFacts } from "../status";

/** What one customer tenant told us. An absent field was not read (keep the stored value). */
export interface CustomerRead {
  consent?: ConsentFacts;
  domains?: TenantDomain[];
  organization?: TenantOrganization | null;
  skus?: TenantSku[];
  /** the first failure reading inside the tenant, with our error code */
  error?: RunError;
}

/** The SAM app's application consent in this customer, as Partner Center reports it. */
export async function readConsent(pc: PartnerCenterClient, partner: PartnerConnection, tenantId: string): Promise<ConsentFacts> {
  try {
    const consents = await pc.listApplicationConsents(tenantId);
    const sam = consents.find((c) => c.applicationId === partner.samAppId);
    return { samAppConsented: !!sam, grants: sam?.grants ?? [], errorCode: null };
  } catch (e) {
    return { samAppConsented: false, grants: [], errorCode: errorOf(e).code };
  }
}

/**
 * Domains, organization and licences, read in the customer tenant with the partner's delegated
 * token. Each read stands alone: a tenant whose licences can't be read still gets its domains.
 */
export async function readCustomer(deps: TenantsDeps, partner: PartnerConnection, pc: PartnerCenterClient, tenantId: string, inPartnerCenter: boolean): Promise<CustomerRead> {
  const graph = graphClient(tenantId, deps);
  const [consent, domains, organization, skus] = await Promise.all([
    inPartnerCenter ? readConsent(pc, partner, tenantId) : Promise.resolve(undefined),
    settle(listDomains(graph)),
    settle(getOrganization(graph)),
    settle(listSubscribedSkus(graph)),
  ]);
  const failed = [domains, organization, skus].find((r) => "error" in r);
  return {
    consent,
    ...("value" in domains ? { domains: domains.value } : {}),
    ...("value" in organization ? { organization: organization.value } : {}),
    ...("value" in skus ? { skus: skus.value } : {}),
    ...(failed && "error" in failed ? { error: errorOf(failed.error, tenantId) } : {}),
  };
}

const settle = <T>(p: Promise<T>): Promise<{ value: T } | { error: unknown }> => p.then((value) => ({ value }), (error: unknown) => ({ error }));
