"use client";

import { createContext, useContext, useEffect, useState } from "react";
import { usePathname } from "next/navigation";

import { rememberTenant, type TenantRef } from "./recent-tenants";

interface CurrentTenantState {
  tenant: TenantRef | null;
  setTenant: (tenant: TenantRef | null) => void;
}

const CurrentTenantContext = createContext<CurrentTenantState | null>(null);

/**
 * Which tenant the technician is in. The tenant's layout resolves it on the server and reports it
 * with <CurrentTenantMarker>; the top bar (rendered above that layout) reads it here.
 */
export function CurrentTenantProvider({ children }: { children: React.ReactNode }) {
  const [tenant, setTenant] = useState<TenantRef | null>(null);
  return <CurrentTenantContext.Provider value={{ tenant, setTenant }}>{children}</CurrentTenantContext.Provider>;
}

const TENANT_PATH = /^\/tenants\/([^/]+)/;

/**
 * The tenant of the current URL: { id, tenant } inside /tenants/[id]/…, where `tenant` is null until
 * the layout has reported it (the first paint of a hard reload); null outside any tenant.
 */
export function useCurrentTenant(): { id: string; tenant: TenantRef | null } | null {
  const state = useContext(CurrentTenantContext);
  const pathname = usePathname();
  const id = TENANT_PATH.exec(pathname)?.[1];
  if (!id || !state) return null;
  const current = decodeURIComponent(id).toLowerCase();
  // Only the tenant of this URL counts: during a switch the previous one must never show.
  const known = state.tenant && state.tenant.id.toLowerCase() === current ? state.tenant : null;
  return { id: current, tenant: known };
}

/** Rendered by the tenant layout: sets the current tenant and remembers it for the switcher. */
export function CurrentTenantMarker({ tenant }: { tenant: TenantRef }) {
  const state = useContext(CurrentTenantContext);
  const setTenant = state?.setTenant;
  const { id, displayName, defaultDomain } = tenant;
  useEffect(() => {
    if (!setTenant) return;
    const ref = { id, displayName, defaultDomain };
    setTenant(ref);
    rememberTenant(ref);
    return () => setTenant(null);
  }, [setTenant, id, displayName, defaultDomain]);
  return null;
}
