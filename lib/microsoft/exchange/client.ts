import { AppError } from "../../errors";
import { createMicrosoftHttp, type HttpResult, type MicrosoftHttpConfig } from "../http";
import { stripAnnotations, type ExchangeRecord } from "./values";

/** The arbitration mailbox the ExchangeOnlineManagement module anchors admin calls on. */
export const SYSTEM_MAILBOX = "SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}";
const MAX_PAGE_SIZE = 1000;
const MAX_PAGES = 1000;

export interface ExchangeTenant {
  id: string;
  /**
   * The tenant's initial `*.onmicrosoft.com` domain (resolveInitialDomain). Exchange must be addressed
   * by it: a vanity or default domain routes to a forest that does not hold the tenant, and writes fail
   * there with "doesn't have write permission to target DC"; the tenant id fails intermittently.
   */
  initialDomain: string;
}

export interface ExchangeClientConfig {
  getToken: () => Promise<string>;
  /** MICROSOFT_EXCHANGE_URL */
  baseUrl: string;
  tenant: ExchangeTenant;
  /** timeouts, retry policy, sleep (tests) */
  http?: Pick<MicrosoftHttpConfig, "timeoutMs" | "retry" | "sleep">;
}

export interface InvokeOptions {
  /** `$select`: only these properties come back (smaller pages on big tenants) */
  select?: readonly string[];
  /** records per page (Prefer: odata.maxpagesize), at most 1000 */
  pageSize?: number;
  /** X-AnchorMailbox override, e.g. `UPN:user@contoso.onmicrosoft.com` when acting on that mailbox */
  anchor?: string;
}

export interface InvokeResult<T> {
  /** every page's records, OData annotations removed */
  records: T[];
  /** `@adminapi.warnings` of every page: how Exchange says "nothing changed" and other non-errors */
  warnings: string[];
  requestIds: string[];
}

export interface ExchangeClient {
  tenant: ExchangeTenant;
  invoke<T = ExchangeRecord>(cmdlet: string, parameters?: Record<string, unknown>, options?: InvokeOptions): Promise<InvokeResult<T>>;
}

interface InvokePage {
  value?: unknown[];
  "@adminapi.warnings"?: unknown[];
  "@odata.nextLink"?: string;
}

/** An Exchange Online client for one customer tenant, running cmdlets through the admin API's InvokeCommand. */
export function createExchangeClient(cfg: ExchangeClientConfig): ExchangeClient {
  const domain = cfg.tenant.initialDomain.trim().toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(domain)) throw new AppError("VALIDATION_FAILED", `"${cfg.tenant.initialDomain}" is not a domain name.`);
  const http = createMicrosoftHttp({
    ...cfg.http,
    baseUrl: cfg.baseUrl,
    getToken: cfg.getToken,
    service: "Exchange Online",
    // The module's traffic comes back with nextLinks on outlook.office.com as well as office365.com.
    linkHosts: ["outlook.office365.com", "outlook.office.com"],
  });

  async function invoke<T>(cmdlet: string, parameters: Record<string, unknown> = {}, o: InvokeOptions = {}): Promise<InvokeResult<T>> {
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(o.pageSize ?? MAX_PAGE_SIZE)));
    const headers = {
      "X-AnchorMailbox": o.anchor ?? `UPN:${SYSTEM_MAILBOX}@${domain}`,
      Prefer: `odata.maxpagesize=${pageSize}`,
      // Plain JSON records; the module's default is CliXml blobs that only PowerShell can read.
      "X-ResponseFormat": "json",
    };
    const body = { CmdletInput: { CmdletName: cmdlet, Parameters: parameters } };
    const result: InvokeResult<T> = { records: [], warnings: [], requestIds: [] };
    let path: string | undefined = `/adminapi/beta/${domain}/InvokeCommand`;
    let query: Record<string, string> | undefined = o.select?.length ? { $select: o.select.join(",") } : undefined;
    for (let page = 0; path; page++) {
      if (page >= MAX_PAGES) throw new AppError("MICROSOFT_ERROR", `Exchange Online kept paging ${cmdlet} past ${MAX_PAGES} pages; Tenantry stopped.`);
      // A nextLink is continued by POSTing the same body to it; it already carries $select.
      const res: HttpResult<InvokePage> = await http.request<InvokePage>({ method: "POST", path, query, body, headers });
      result.requestIds.push(...res.requestIds);
      const data: InvokePage = res.data ?? {};
      for (const r of data.value ?? []) result.records.push(stripAnnotations(r) as T);
      for (const w of data["@adminapi.warnings"] ?? []) if (typeof w === "string") result.warnings.push(w);
      path = data["@odata.nextLink"];
      query = undefined;
    }
    return result;
  }

  return { tenant: { id: cfg.tenant.id, initialDomain: domain }, invoke };
}
