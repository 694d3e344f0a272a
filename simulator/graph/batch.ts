import type { FastifyInstance } from "fastify";
import { badRequest } from "./errors";
import { route, type Call, type GraphScope } from "./route";

interface BatchRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const MAX_REQUESTS = 20;
const KEPT_HEADERS = ["content-type", "location", "retry-after", "etag"];

function parseBatch(body: unknown): BatchRequest[] {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests) || !requests.length) throw badRequest("Invalid batch payload format.", "BadRequest");
  if (requests.length > MAX_REQUESTS) throw badRequest(`The number of requests in a batch cannot exceed ${MAX_REQUESTS}.`, "BadRequest");
  const seen = new Set<string>();
  const list = requests.map((r: Record<string, unknown>) => {
    if (typeof r?.id !== "string" || typeof r.method !== "string" || typeof r.url !== "string") {
      throw badRequest("Each request in a batch needs an id, a method and a url.", "BadRequest");
    }
    const id = r.id.toLowerCase();
    if (seen.has(id)) throw badRequest(`Request id '${r.id}' is used more than once in the batch.`, "BadRequest");
    seen.add(id);
    const headers = (r.headers ?? {}) as Record<string, string>;
    if (r.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) {
      throw badRequest(`Request '${r.id}' has a body but no Content-Type header.`, "BadRequest");
    }
    return { id: r.id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn: r.dependsOn as string[] | undefined };
  });
  for (const r of list) {
    for (const d of r.dependsOn ?? []) if (!seen.has(String(d).toLowerCase())) throw badRequest(`Request '${r.id}' depends on unknown request '${d}'.`, "BadRequest");
  }
  return list;
}

/** Runs one sub-request through the whole server (auth, faults, throttling, logging) as its own request. */
async function execute(app: FastifyInstance, call: Call, r: BatchRequest): Promise<BatchResponse> {
  if (/^[a-z]+:\/\//i.test(r.url) || /^\/?\$batch/i.test(r.url)) {
    return { id: r.id, status: 400, body: { error: { code: "BadRequest", message: `Invalid request URL '${r.url}' in a batch.` } } };
  }
  const path = r.url.startsWith("/") ? r.url : `/${r.url}`;
  const res = await app.inject({
    method: r.method as "GET",
    url: `/graph.microsoft.com/${call.version}${path}`,
    headers: {
      ...r.headers,
      host: call.req.headers.host ?? "127.0.0.1",
      ...(call.req.headers.authorization ? { authorization: call.req.headers.authorization } : {}),
    },
    payload: r.body === undefined ? undefined : typeof r.body === "string" ? r.body : JSON.stringify(r.body),
  });
  const headers: Record<string, string> = {};
  for (const h of KEPT_HEADERS) {
    const v = res.headers[h];
    if (v !== undefined) headers[h === "content-type" ? "Content-Type" : h === "retry-after" ? "Retry-After" : h === "location" ? "Location" : "ETag"] = String(v);
  }
  const type = String(res.headers["content-type"] ?? "");
  const body = !res.body ? null : type.includes("json") ? JSON.parse(res.body) : res.body;
  return { id: r.id, status: res.statusCode, headers, body };
}

export function batchRoutes(s: GraphScope): void {
  route(s, "POST", "/$batch", "graph.batch", async (call) => {
    const requests = parseBatch(call.body);
    const byId = new Map(requests.map((r) => [r.id.toLowerCase(), r]));
    const done = new Map<string, BatchResponse>();
    const visiting = new Set<string>();
    const run = async (r: BatchRequest): Promise<BatchResponse> => {
      const key = r.id.toLowerCase();
      const known = done.get(key);
      if (known) return known;
      if (visiting.has(key)) throw badRequest(`The dependsOn chain of request '${r.id}' is circular.`, "BadRequest");
      visiting.add(key);
      let failed = false;
      for (const d of r.dependsOn ?? []) failed = (await run(byId.get(String(d).toLowerCase())!)).status >= 400 || failed;
      const out: BatchResponse = failed
        ? { id: r.id, status: 424, body: { error: { code: "FailedDependency", message: "The request depends on a request that failed." } } }
        : await execute(s.app, call, r);
      done.set(key, out);
      responses.push(out);
      return out;
    };
    // Responses in completion order, as Graph may return them: clients correlate by id.
    const responses: BatchResponse[] = [];
    for (const r of requests) await run(r);
    return { body: { responses } };
  }, { ownGate: true });
}
