import { randomUUID } from "node:crypto";
import { AppError, isAppError } from "../../errors";
import { createMicrosoftHttp, type MicrosoftHttpConfig } from "../http";
import { consentBody, reshapeConsent, reshapeCustomer } from "./reshape";
import type { ApplicationConsent, CreateConsentResult, DeleteConsentResult, GrantConsentResult, PartnerCustomer } from "./types";

export interface PartnerCenterClientConfig {
  /** a partner-tenant token for https://api.partnercenter.microsoft.com (app+user tokens must carry MFA) */
  getToken: () => Promise<string>;
  /** MICROSOFT_PARTNER_CENTER_URL */
  baseUrl: string;
  http?: Pick<MicrosoftHttpConfig, "timeoutMs" | "retry" | "sleep">;
}

export interface PartnerCenterClient {
  listCustomers(o?: { pageSize?: number }): Promise<PartnerCustomer[]>;
  getCustomer(customerId: string): Promise<PartnerCustomer>;
  listApplicationConsents(customerId: string): Promise<ApplicationConsent[]>;
  createApplicationConsent(customerId: string, consent: ApplicationConsent): Promise<CreateConsentResult>;
  deleteApplicationConsent(customerId: string, applicationId: string): Promise<DeleteConsentResult>;
  grantSamConsent(customerId: string, app: ApplicationConsent): Promise<GrantConsentResult>;
}

interface Collection {
  items?: unknown[];
  links?: { next?: { uri?: string; headers?: { key?: string; value?: string }[] } };
}

const MAX_PAGES = 1000;
const seg = encodeURIComponent;

export function createPartnerCenterClient(cfg: PartnerCenterClientConfig): PartnerCenterClient {
  const http = createMicrosoftHttp({ ...cfg.http, baseUrl: cfg.baseUrl, getToken: cfg.getToken, service: "Partner Center" });
  // MS-RequestId is per request and kept across its retries (Partner Center treats it as an idempotency
  // key); MS-CorrelationId ties together the requests of one operation, e.g. every page of a listing.
  const trace = (correlationId: string) => ({ "MS-RequestId": randomUUID(), "MS-CorrelationId": correlationId, "X-Locale": "en-US" });

  /** Every item of a collection, following `links.next` with its MS-ContinuationToken header. */
  async function collect(path: string, query?: Record<string, number>): Promise<unknown[]> {
    const correlationId = randomUUID();
    const items: unknown[] = [];
    let next: { path: string; headers: Record<string, string> } | undefined = { path, headers: {} };
    for (let page = 0; next; page++) {
      if (page >= MAX_PAGES) throw new AppError("MICROSOFT_ERROR", `Partner Center kept paging ${path} past ${MAX_PAGES} pages; Tenantry stopped.`);
      const res: { data: Collection | undefined } = await http.request<Collection>({
        path: next.path, query: page === 0 ? query : undefined, headers: { ...trace(correlationId), ...next.headers },
      });
      items.push(...(res.data?.items ?? []));
      const link = res.data?.links?.next;
      next = link?.uri
        ? {
            // Samples show next URIs both with and without the version segment.
            path: link.uri.startsWith("/v1/") ? link.uri : `/v1${link.uri.startsWith("/") ? "" : "/"}${link.uri}`,
            headers: Object.fromEntries((link.headers ?? []).filter((h) => h.key && h.value).map((h) => [h.key!, h.value!])),
          }
        : undefined;
    }
    return items;
  }

  async function createApplicationConsent(customerId: string, consent: ApplicationConsent, correlationId = randomUUID()): Promise<CreateConsentResult> {
    try {
      const res = await http.request({
        method: "POST", path: `/v1/customers/${seg(customerId)}/applicationconsents`, body: consentBody(consent), headers: trace(correlationId),
      });
      return { alreadyExists: false, consent: res.data ? reshapeConsent(res.data) : consent, requestIds: res.requestIds };
    } catch (e) {
      // "Permission entry already exists." is an answer, not a failure: the app is consented there.
      if (isAppError(e) && e.code === "APPLICATION_CONSENT_EXISTS") return { alreadyExists: true, requestIds: idsOf(e) };
      throw e;
    }
  }

  async function deleteApplicationConsent(customerId: string, applicationId: string, correlationId = randomUUID()): Promise<DeleteConsentResult> {
    try {
      const res = await http.request({
        method: "DELETE", path: `/v1/customers/${seg(customerId)}/applicationconsents/${seg(applicationId)}`, headers: trace(correlationId),
      });
      return { notFound: false, requestIds: res.requestIds };
    } catch (e) {
      // Nothing to remove is the state a delete asks for. (An unknown customer is also a 404 here;
      // the create that usually follows reports that one.)
      if (isAppError(e) && e.upstream?.status === 404) return { notFound: true, requestIds: idsOf(e) };
      throw e;
    }
  }

  return {
    async listCustomers(o = {}) {
      return (await collect("/v1/customers", { size: Math.max(1, Math.floor(o.pageSize ?? 200)) })).map(reshapeCustomer);
    },
    async getCustomer(customerId) {
      const res = await http.request({ path: `/v1/customers/${seg(customerId)}`, headers: trace(randomUUID()) });
      return reshapeCustomer(res.data);
    },
    async listApplicationConsents(customerId) {
      return (await collect(`/v1/customers/${seg(customerId)}/applicationconsents`)).map(reshapeConsent);
    },
    createApplicationConsent: (customerId, consent) => createApplicationConsent(customerId, consent),
    deleteApplicationConsent: (customerId, applicationId) => deleteApplicationConsent(customerId, applicationId),

    /**
     * Puts the SAM app into the customer tenant with exactly `app.grants`. Partner Center has no update
     * for a consent and answers a second POST with 409 without touching the grants, so a consent made
     * before the app needed, say, Exchange.Manage would keep its old grants for good (and every Exchange
     * token there fail with AADSTS65001). Delete-then-create is the only way to refresh them — the
     * pattern Microsoft's CPV sample and MSP tools use. Token requests at that tenant can fail for the
     * moment between the two calls.
     */
    async grantSamConsent(customerId, app) {
      const correlationId = randomUUID();
      const first = await createApplicationConsent(customerId, app, correlationId);
      if (!first.alreadyExists) return { consent: first.consent, recreated: false, requestIds: first.requestIds };
      const removed = await deleteApplicationConsent(customerId, app.applicationId, correlationId);
      const second = await createApplicationConsent(customerId, app, correlationId);
      if (second.alreadyExists) {
        throw new AppError("APPLICATION_CONSENT_EXISTS", "The consent was created again by someone else while Tenantry refreshed it.", {
          fixIt: "Run Grant consent again once the other change has finished.",
        });
      }
      return { consent: second.consent, recreated: true, requestIds: [...first.requestIds, ...removed.requestIds, ...second.requestIds] };
    },
  };
}

const idsOf = (e: AppError) => (e.upstream?.requestId ? [e.upstream.requestId] : []);
