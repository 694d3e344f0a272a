"use client";

import { useState } from "react";

import { ActionButton } from "@/components/actions/action-button";
import { Section, SectionEmpty } from "@/components/tenants/overview/section";
import { Label } from "@/components/ui/label";
import type { Role } from "@/lib/auth/roles";
import { can } from "@/lib/authz/permissions";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";
import { seatLabel, useLicences, useLiveUser } from "./api";
import { LicenceSelect } from "./licence-select";

/** The user's licences with Remove, and Assign from the tenant's subscriptions with their free seats. */
export function UserLicences({ tenantId, user: initial, role }: { tenantId: string; user: UserDetail; role: Role }) {
  const user = useLiveUser(tenantId, initial);
  const skus = useLicences(tenantId).data;
  const [skuId, setSkuId] = useState("");
  const allowed = can({ role }, "users.licenses", null, { kind: "all" }).ok;
  const held = new Set(user.licences.map((l) => l.skuId));
  const target = { user: user.id };

  return (
    <Section id="user-licences" title="Licences" description={user.usageLocation ? `Usage location ${user.usageLocation}` : "No usage location: set one (Edit properties) before assigning a licence."}>
      <div className="flex flex-col gap-4">
        {!user.licences.length ? (
          <SectionEmpty>No licence is assigned to this user.</SectionEmpty>
        ) : (
          <ul className="flex flex-col divide-y text-sm" aria-label="Assigned licences">
            {user.licences.map((l) => {
              const sku = skus?.find((s) => s.skuId === l.skuId);
              const name = l.skuPartNumber ?? sku?.skuPartNumber ?? l.skuId;
              return (
                <li key={l.skuId} className="flex items-center justify-between gap-2 py-2" data-testid="user-licence">
                  <span className="truncate font-mono text-xs">{name}</span>
                  <span className="ml-auto text-xs tabular-nums text-muted-foreground">{sku ? seatLabel(sku).text : null}</span>
                  <ActionButton actionId="user.remove_license" tenantId={tenantId} role={role} input={{ ...target, skuId: l.skuId }} targetLabel={user.userPrincipalName} aria-label={`Remove ${name}`} />
                </li>
              );
            })}
          </ul>
        )}
        <div className="flex flex-col gap-2">
          {allowed && <Label htmlFor="assign-licence">Assign a licence</Label>}
          <div className="flex items-start gap-2">
            {allowed && (
              <div className="flex-1">
                <LicenceSelect id="assign-licence" tenantId={tenantId} none="Choose a licence…" value={skuId} onChange={setSkuId} held={held} />
              </div>
            )}
            <ActionButton actionId="user.assign_license" tenantId={tenantId} role={role} input={{ ...target, skuId }} targetLabel={user.userPrincipalName} disabled={!allowed || !skuId} onDone={() => setSkuId("")} />
          </div>
        </div>
      </div>
    </Section>
  );
}
