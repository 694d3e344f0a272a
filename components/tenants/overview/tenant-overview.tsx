"use client";

import { useState } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { ChevronLeft, Pencil } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { fetchTenant, tenantKeys } from "../api";
import { EditTenantDialog } from "../edit-tenant-dialog";
import { formatDate } from "../format";
import { CONSENT_OPTIONS, GDAP_OPTIONS } from "../options";
import { StatusBadge } from "../status-badge";
import { AssignmentsCard } from "./assignments-card";
import { DiagnosticsPanel } from "./diagnostics-panel";
import { IdentityCard } from "./identity-card";
import { LicencesCard } from "./licences-card";
import { PortalsCard } from "./portals-card";
import { RelationshipsCard } from "./relationships-card";

/**
 * The tenant overview. The layout resolved the tenant and seeded the cache under this key, so
 * this renders at once; edits and diagnostics update the same cache entry.
 */
export function TenantOverview({ tenantId, canEdit, canDiagnose }: { tenantId: string; canEdit: boolean; canDiagnose: boolean }) {
  const [editing, setEditing] = useState(false);
  const { data: tenant } = useQuery({ queryKey: tenantKeys.detail(tenantId), queryFn: ({ signal }) => fetchTenant(tenantId, signal) });
  if (!tenant) return null; // only while a refetch replaces evicted data; the layout guarantees the first render
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <Link href="/tenants" className="flex w-fit items-center gap-1 rounded-sm text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50">
          <ChevronLeft className="size-4" aria-hidden="true" />
          Tenants
        </Link>
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex min-w-0 flex-col gap-1.5">
            <div className="flex flex-wrap items-center gap-2">
              <h1 className="text-2xl font-semibold tracking-tight">{tenant.displayName}</h1>
              {tenant.alias && <Badge variant="outline">{tenant.alias}</Badge>}
            </div>
            <p className="text-sm text-muted-foreground">{tenant.defaultDomain ?? tenant.initialDomain}</p>
            <div className="flex flex-wrap gap-2 pt-1">
              <StatusBadge option={GDAP_OPTIONS[tenant.gdap.status]} />
              <StatusBadge option={{ ...CONSENT_OPTIONS[tenant.consent], label: `Consent: ${CONSENT_OPTIONS[tenant.consent].label.toLowerCase()}` }} />
            </div>
          </div>
          {canEdit && (
            <Button variant="outline" size="sm" onClick={() => setEditing(true)}>
              <Pencil aria-hidden="true" />
              Edit alias and tags
            </Button>
          )}
        </div>
      </div>
      {tenant.removedAt && (
        <Alert variant="warning" role="status">
          <AlertTitle>This customer is no longer in your partner relationships</AlertTitle>
          <AlertDescription>It disappeared from the sync on {formatDate(tenant.removedAt)}. What is shown is the last known state.</AlertDescription>
        </Alert>
      )}
      {tenant.lastSyncError && (
        <Alert variant="warning" role="status">
          <AlertTitle>The last sync could not read everything</AlertTitle>
          <AlertDescription>{tenant.lastSyncError.message}</AlertDescription>
        </Alert>
      )}
      {tenant.configurationVisible ? (
        <div className="grid items-start gap-6 lg:grid-cols-3">
          <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
            <DiagnosticsPanel tenant={tenant} canRun={canDiagnose} />
            <RelationshipsCard tenant={tenant} />
            <AssignmentsCard tenant={tenant} />
          </div>
          <div className="flex min-w-0 flex-col gap-6">
            <IdentityCard tenant={tenant} />
            <LicencesCard tenant={tenant} />
            <PortalsCard tenant={tenant} />
          </div>
        </div>
      ) : (
        // The service desk: who the customer is, not how the partner reaches it (the API withholds that too).
        <div className="flex max-w-2xl flex-col gap-3">
          <IdentityCard tenant={tenant} />
          <p className="text-sm text-muted-foreground" data-testid="configuration-withheld">
            GDAP relationships, access assignments, consent, licences and diagnostics are tenant configuration, which your role does not show.
          </p>
        </div>
      )}
      {canEdit && <EditTenantDialog tenant={editing ? tenant : null} onOpenChange={setEditing} />}
    </div>
  );
}
