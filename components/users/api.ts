import { apiFetch } from "@/lib/api/client";
import type { UserDetail, UserPage } from "@/lib/microsoft/graph/user-reads";

// Query keys and browser calls for a tenant's users. The keys are the ones the action definitions
// name in `invalidates` (["tenants", tenantId, "users"] and [..., "{target}"]), so a finished
// action refetches exactly what it changed. The detail page keys by the user reference in its URL,
// which is also the `user` input its actions send.

export const USERS_PAGE_SIZE = 50;

export const userKeys = {
  all: (tenantId: string) => ["tenants", tenantId, "users"] as const,
  lists: (tenantId: string) => ["tenants", tenantId, "users", "list"] as const,
  detail: (tenantId: string, userRef: string) => ["tenants", tenantId, "users", userRef] as const,
};

const base = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}/users`;

export function fetchUserPage(tenantId: string, apiParams: string, cursor: string | null, signal?: AbortSignal) {
  const params = new URLSearchParams(apiParams);
  params.set("top", String(USERS_PAGE_SIZE));
  if (cursor) params.set("cursor", cursor);
  return apiFetch<UserPage>(`${base(tenantId)}?${params}`, { signal });
}

export const fetchUser = (tenantId: string, userRef: string, signal?: AbortSignal) =>
  apiFetch<UserDetail>(`${base(tenantId)}/${encodeURIComponent(userRef)}`, { signal });
