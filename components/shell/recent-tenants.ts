"use client";

import { useSyncExternalStore } from "react";

/** What the switcher needs to show a tenant without asking the server. */
export interface TenantRef {
  id: string;
  displayName: string;
  defaultDomain: string | null;
}

const KEY = "tenantry.recentTenants";
const MAX = 8;
const EVENT = "tenantry:recent-tenants";
const EMPTY: TenantRef[] = [];

let cachedRaw: string | null = null;
let cached: TenantRef[] = EMPTY;

// Per browser, not per account: technicians share no machines in practice, and the list holds only
// names and ids the signed-in user could already see. A tenant that later leaves their scope is a
// 404 when opened, never data.
function read(): TenantRef[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return EMPTY; // storage disabled (private mode, policy)
  }
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cached = Array.isArray(parsed) ? parsed.filter((t): t is TenantRef => typeof t?.id === "string" && typeof t?.displayName === "string").slice(0, MAX) : EMPTY;
  } catch {
    cached = EMPTY;
  }
  return cached;
}

export function rememberTenant(tenant: TenantRef): void {
  const next = [tenant, ...read().filter((t) => t.id !== tenant.id)].slice(0, MAX);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    return;
  }
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange); // other tabs
  window.addEventListener(EVENT, onChange); // this tab
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/** Most recent first; empty on the server so the first client render matches it. */
export function useRecentTenants(): TenantRef[] {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}
