import { apiFetch } from "@/lib/api/client";
import type { AuditPage, AuditVerifyView } from "@/lib/audit/types";

// Query keys and browser calls for the audit API, shared by the table and the server prefetch.

export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  lists: () => ["audit", "list"] as const,
  list: (apiParams: string) => ["audit", "list", apiParams] as const,
  verify: () => ["audit", "verify"] as const,
};

export function pageQuery(apiParams: string, cursor: string | null): string {
  const params = new URLSearchParams(apiParams);
  params.set("limit", String(AUDIT_PAGE_SIZE));
  if (cursor) params.set("cursor", cursor);
  return params.toString();
}

export const fetchAuditPage = (apiParams: string, cursor: string | null, signal?: AbortSignal) =>
  apiFetch<AuditPage>(`/api/v1/audit?${pageQuery(apiParams, cursor)}`, { signal });

export const fetchAuditVerify = () => apiFetch<AuditVerifyView>("/api/v1/audit/verify");

export const auditExportHref = (apiParams: string) => `/api/v1/audit.csv${apiParams ? `?${apiParams}` : ""}`;
