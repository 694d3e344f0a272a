import { ShieldAlert } from "lucide-react";

import { Section, SectionEmpty } from "@/components/tenants/overview/section";
import { Badge } from "@/components/ui/badge";
import { TIER0_DIRECTORY_ROLES } from "@/lib/authz/guards";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";

export const isPrivilegedRole = (roleTemplateId: string) => TIER0_DIRECTORY_ROLES.includes(roleTemplateId);

/** Activated directory roles; the ones that can take over the tenant are marked, as the guards treat them. */
export function UserRolesCard({ roles }: { roles: UserDetail["directoryRoles"] }) {
  return (
    <Section id="user-roles" title="Directory roles" description={roles.length ? "Service desk cannot act on anyone holding an admin role." : undefined}>
      {roles.length === 0 ? (
        <SectionEmpty>No admin role.</SectionEmpty>
      ) : (
        <ul className="flex flex-col gap-1.5 text-sm" aria-label="Directory roles">
          {roles.map((r) => (
            <li key={r.roleTemplateId} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{r.displayName}</span>
              {isPrivilegedRole(r.roleTemplateId) ? (
                <Badge variant="destructive" className="gap-1">
                  <ShieldAlert aria-hidden="true" />
                  Privileged: admins only
                </Badge>
              ) : (
                <Badge variant="outline">Admin role</Badge>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
