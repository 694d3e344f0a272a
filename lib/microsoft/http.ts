import { AppError } from "../errors";
import { DEFAULT_RETRY, parseRetryAfter, RETRYABLE_STATUS, retryDelay, type RetryPolicy } from "./retry";
import { fromHttpFailure } from "./translate";

/**
 * The one fetch for Microsoft APIs without an SDK (Exchange admin API, Partner Center): configured
 * base URL + path, a bearer from `getToken`, JSON both ways, a timeout per attempt, retries on
 * 429/503/504 honouring Retry-After, Microsoft's request ids kept, every failure an AppError.
 */
export interface MicrosoftHttpConfig {
  /** configured base URL (env MICROSOFT_*_URL), no trailing slash */
  baseUrl: string;
  /** called per attempt, so a token that expires during a long backoff is renewed */
  getToken: () => Promise<string>;
  /** for messages: "Exchange Online", "Partner Center" */
  service: string;
  /** real hosts whose absolute links (an @odata.nextLink) belong to this service and map onto baseUrl */
  linkHosts?: string[];
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
}

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface HttpRequest {
  method?: HttpMethod;
  /** a path under baseUrl ("/v1/customers?size=10"), or an absolute link the service handed back */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** sent on every attempt unchanged (Partner Center's MS-RequestId is an idempotency key) */
  headers?: Record<string, string>;
}

export interface HttpResult<T> {
  status: number;
  data: T;
  headers: Headers;
  /** Microsoft's id for the answer returned, for the audit log and support tickets */
  requestId?: string;
  /** ids of every attempt, oldest first (a throttled attempt has one too) */
  requestIds: string[];
  attempts: number;
}

export interface MicrosoftHttp {
  request<T = unknown>(req: HttpRequest): Promise<HttpResult<T>>;
}

const REQUEST_ID_HEADERS = ["request-id", "ms-requestid", "x-ms-request-id"];
const DEFAULT_TIMEOUT_MS = 30_000;
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const v = headers.get(name);
    if (v) return v;
  }
  return undefined;
}

export function createMicrosoftHttp(cfg: MicrosoftHttpConfig): MicrosoftHttp {
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...cfg.retry };
  const sleep = cfg.sleep ?? wait;
  const timeoutMs = cfg.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request<T>(req: HttpRequest): Promise<HttpResult<T>> {
    const url = withQuery(resolveUrl(cfg, req.path), req.query);
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    const requestIds: string[] = [];
    for (let attempt = 1; ; attempt++) {
      const headers: Record<string, string> = { Accept: "application/json", ...req.headers, Authorization: `Bearer ${await cfg.getToken()}` };
      if (body !== undefined) headers["Content-Type"] = "application/json; charset=utf-8";
      let res: Response;
      try {
        // Redirects are not followed: none of these APIs redirects, and the bearer must not travel on.
        res = await fetch(url, { method: req.method ?? "GET", headers, body, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
      } catch (e) {
        // A timeout is not retried: the service may have applied a write it never confirmed.
        if ((e as Error)?.name === "TimeoutError") throw unreachable(cfg, `did not answer within ${Math.round(timeoutMs / 1000)} s`, e);
        if (attempt < policy.maxAttempts) {
          await sleep(retryDelay(attempt, undefined, policy));
          continue;
        }
        throw unreachable(cfg, "could not be reached", e);
      }
      const requestId = requestIdOf(res.headers);
      if (requestId) requestIds.push(requestId);
      const data = await readBody(res);
      if (res.ok) return { status: res.status, data: data as T, headers: res.headers, requestId, requestIds, attempts: attempt };
      if (RETRYABLE_STATUS.has(res.status) && attempt < policy.maxAttempts) {
        await sleep(retryDelay(attempt, parseRetryAfter(res.headers.get("retry-after")), policy));
        continue;
      }
      throw fromHttpFailure(res.status, data, requestId);
    }
  }
  return { request };
}

function resolveUrl(cfg: MicrosoftHttpConfig, path: string): string {
  const base = cfg.baseUrl.replace(/\/+$/, "");
  if (!/^https?:\/\//i.test(path)) return `${base}${path.startsWith("/") ? "" : "/"}${path}`;
  if (path === base || path.startsWith(`${base}/`) || path.startsWith(`${base}?`)) return path;
  const u = new URL(path);
  if (u.protocol === "https:" && cfg.linkHosts?.some((h) => h.toLowerCase() === u.host.toLowerCase())) return `${base}${u.pathname}${u.search}`;
  // Following a link elsewhere would hand our token to a host we were never configured to trust.
  throw new AppError("MICROSOFT_ERROR", `${cfg.service} returned a link to an unexpected host (${u.host}); Tenantry did not follow it.`, {
    fixIt: "Report this with the time it happened; check the configured Microsoft base URLs in the environment.",
  });
}

function withQuery(url: string, query: HttpRequest["query"]): string {
  const pairs = Object.entries(query ?? {}).filter((e): e is [string, string | number] => e[1] !== undefined);
  if (!pairs.length) return url;
  // Keys are ours and literal ($select must stay "$select"); values are encoded.
  const qs = pairs.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join("&");
  return `${url}${url.includes("?") ? "&" : "?"}${qs}`;
}

/** JSON when it parses (Partner Center prefixes a BOM), the text otherwise, undefined when empty. */
async function readBody(res: Response): Promise<unknown> {
  const text = (await res.text()).replace(/^\uFEFF/, "");
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function unreachable(cfg: MicrosoftHttpConfig, what: string, cause: unknown): AppError {
  return new AppError("MICROSOFT_UNAVAILABLE", `${cfg.service} ${what}.`, {
    fixIt: `Retry in a moment. If it persists, check this server's outbound connection to ${cfg.service}.`,
    cause,
  });
}
