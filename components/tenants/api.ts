import { apiFetch } from "@/lib/api/client";
import type {
  RunProgress,
  StartedRun,
  TenantDetail,
  TenantDiagnostics,
  TenantListResponse,
  TenantPatch,
  TenantView,
  TenantRow,
} from "@/lib/tenants/types";

// Query keys and browser-side calls for the tenants API, in one place so the list, the overview,
// the switcher and the server prefetch agree on keys (a mismatch would silently double-fetch).

export const tenantKeys = {
  all: ["tenants"] as const,
  lists: () => ["tenants", "list"] as const,
  list: (apiParams: string) => ["tenants", "list", apiParams] as const,
  search: (q: string) => ["tenants", "search", q] as const,
  detail: (id: string) => ["tenants", "detail", id] as const,
  run: (kind: string, id: string) => ["tenant-runs", kind, id] as const,
  latestRun: (kind: string) => ["tenant-runs", kind, "latest"] as const,
};

export const fetchTenantPage = (apiParams: string, signal?: AbortSignal) =>
  apiFetch<TenantListResponse>(`/api/v1/tenants?${apiParams}`, { signal });

/** The ⌘K switcher's lookup: the same list endpoint, first 20 by name. */
export async function searchTenants(q: string, signal?: AbortSignal): Promise<TenantRow[]> {
  const params = new URLSearchParams({ q, pageSize: "20" });
  return (await apiFetch<TenantListResponse>(`/api/v1/tenants?${params}`, { signal })).items;
}

export const fetchTenant = (id: string, signal?: AbortSignal) =>
  apiFetch<TenantView>(`/api/v1/tenants/${encodeURIComponent(id)}`, { signal });

export const patchTenant = (id: string, patch: TenantPatch) =>
  apiFetch<TenantDetail>(`/api/v1/tenants/${encodeURIComponent(id)}`, { method: "PATCH", body: patch });

export const runDiagnostics = (id: string) =>
  apiFetch<TenantDiagnostics>(`/api/v1/tenants/${encodeURIComponent(id)}/diagnostics`, { method: "POST", body: {} });

export type RunKind = RunProgress["kind"];

// Each kind of run has its own start endpoint and its own progress endpoint.
const RUN_PATHS: Record<RunKind, { start: string; progress: string }> = {
  "tenants.sync": { start: "/api/v1/tenants/sync", progress: "/api/v1/sync-runs" },
  "tenants.diagnostics": { start: "/api/v1/tenants/diagnostics", progress: "/api/v1/diagnostics-runs" },
};

/** Queues a run; when one of the kind is already under way the API answers with that one. */
export const startRun = (kind: RunKind) => apiFetch<StartedRun>(RUN_PATHS[kind].start, { method: "POST", body: {} });

/** The newest run of a kind (null before the first), so a reload picks up a run still going. */
export const fetchLatestRun = async (kind: RunKind, signal?: AbortSignal) =>
  (await apiFetch<{ run: RunProgress | null }>(RUN_PATHS[kind].start, { signal })).run;

export const fetchRun = (kind: RunKind, id: string, signal?: AbortSignal) =>
  apiFetch<RunProgress>(`${RUN_PATHS[kind].progress}/${encodeURIComponent(id)}`, { signal });

export const exportHref = (exportParams: string) => `/api/v1/tenants.csv${exportParams ? `?${exportParams}` : ""}`;
