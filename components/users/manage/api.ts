"use client";

import { useQuery } from "@tanstack/react-query";

import { ApiError, apiFetch } from "@/lib/api/client";
import type { GroupRow } from "@/lib/microsoft/graph/group-reads";
import type { TenantDomain, TenantSku } from "@/lib/microsoft/graph/tenant-info";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";

// The tenant reads behind the pickers. The keys are the ones the action definitions invalidate
// (["tenants", id, "licences"], ["tenants", id, "groups"], ["tenants", id, "users", userId]).

export const manageKeys = {
  licences: (tenantId: string) => ["tenants", tenantId, "licences"] as const,
  groups: (tenantId: string, search: string) => ["tenants", tenantId, "groups", search] as const,
  domains: (tenantId: string) => ["tenants", tenantId, "domains"] as const,
  user: (tenantId: string, userId: string) => ["tenants", tenantId, "users", userId] as const,
};

/** One retry for a Microsoft hiccup; a refusal (4xx) shows at once. */
const retry = (count: number, e: Error) => count < 1 && !(e instanceof ApiError && e.status < 500);

const base = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}`;

export const useLicences = (tenantId: string) =>
  useQuery({
    queryKey: manageKeys.licences(tenantId),
    queryFn: ({ signal }) => apiFetch<{ skus: TenantSku[] }>(`${base(tenantId)}/licenses`, { signal }).then((r) => r.skus),
    staleTime: 30_000,
    retry,
  });

export const useDomains = (tenantId: string) =>
  useQuery({
    queryKey: manageKeys.domains(tenantId),
    queryFn: ({ signal }) => apiFetch<{ domains: TenantDomain[] }>(`${base(tenantId)}/domains`, { signal }).then((r) => r.domains),
    staleTime: 5 * 60_000,
    retry,
  });

export const useGroups = (tenantId: string, search: string) =>
  useQuery({
    queryKey: manageKeys.groups(tenantId, search),
    queryFn: ({ signal }) => apiFetch<{ groups: GroupRow[] }>(`${base(tenantId)}/groups?${new URLSearchParams(search ? { search } : {})}`, { signal }).then((r) => r.groups),
    staleTime: 30_000,
    retry,
  });

/** The user as the page rendered it, refetched live whenever an action invalidates them. */
export const useLiveUser = (tenantId: string, user: UserDetail) =>
  useQuery({
    queryKey: manageKeys.user(tenantId, user.id),
    queryFn: ({ signal }) => apiFetch<UserDetail>(`${base(tenantId)}/users/${encodeURIComponent(user.id)}`, { signal }),
    initialData: user,
    staleTime: 30_000,
  }).data;

export const seatsFree = (s: TenantSku) => Math.max(0, s.enabled - s.consumed);

/** "3 of 25 free", or why the licence cannot be given to anyone now. */
export function seatLabel(s: TenantSku): { text: string; blocked: string | null } {
  const text = `${seatsFree(s)} of ${s.enabled} free`;
  if (s.capabilityStatus !== "Enabled") return { text, blocked: `subscription ${s.capabilityStatus.toLowerCase()}` };
  return { text, blocked: seatsFree(s) === 0 ? "no free seat" : null };
}
