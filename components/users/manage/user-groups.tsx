"use client";

import { useState } from "react";

import { ActionButton } from "@/components/actions/action-button";
import { Section, SectionEmpty } from "@/components/tenants/overview/section";
import type { Role } from "@/lib/auth/roles";
import { can } from "@/lib/authz/permissions";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";
import { useLiveUser } from "./api";
import { GroupSearch } from "./group-search";

/** The user's direct group memberships with Remove, and Add through a search of the tenant's groups. */
export function UserGroups({ tenantId, user: initial, role }: { tenantId: string; user: UserDetail; role: Role }) {
  const user = useLiveUser(tenantId, initial);
  const [picked, setPicked] = useState<string[]>([]);
  const allowed = can({ role }, "groups.members", null, { kind: "all" }).ok;
  const member = new Set(user.groups.map((g) => g.id.toLowerCase()));

  return (
    <Section id="user-groups" title="Groups" description="Direct memberships; what a group grants (mail, Teams, SharePoint, app access) follows within minutes.">
      <div className="flex flex-col gap-4">
        {!user.groups.length ? (
          <SectionEmpty>This user is in no group.</SectionEmpty>
        ) : (
          <ul className="flex flex-col divide-y text-sm" aria-label="Group memberships">
            {[...user.groups].sort((a, b) => a.displayName.localeCompare(b.displayName)).map((g) => (
              <li key={g.id} className="flex items-center justify-between gap-2 py-2" data-testid="user-group">
                <span className="truncate">{g.displayName}</span>
                <ActionButton actionId="group.remove_member" tenantId={tenantId} role={role} input={{ group: g.id, user: user.id }} targetLabel={user.userPrincipalName} aria-label={`Remove from ${g.displayName}`} />
              </li>
            ))}
          </ul>
        )}
        {allowed && <GroupSearch tenantId={tenantId} multiple={false} label="Add to a group" selected={picked} onChange={setPicked} member={member} />}
        <div>
          <ActionButton actionId="group.add_member" tenantId={tenantId} role={role} input={{ group: picked[0] ?? "", user: user.id }} targetLabel={user.userPrincipalName} disabled={!allowed || !picked.length} onDone={() => setPicked([])} />
        </div>
      </div>
    </Section>
  );
}
