import { Badge } from "@/components/ui/badge";
import type { TenantDetail } from "@/lib/tenants/types";
import { Section, SectionEmpty } from "./section";

/** Access assignments: which partner security group holds which roles, per relationship. */
export function AssignmentsCard({ tenant }: { tenant: TenantDetail }) {
  const rows = tenant.relationships.flatMap((r) => r.accessAssignments.map((a) => ({ ...a, relationship: r.displayName })));
  return (
    <Section id="tenant-assignments" title="Access assignments" description="Partner security groups and the roles they hold in this tenant.">
      {rows.length === 0 ? (
        <SectionEmpty>
          No access assignments. Until a partner group is assigned roles on a GDAP relationship, nobody at your MSP can use it.
        </SectionEmpty>
      ) : (
        <ul className="flex flex-col divide-y">
          {rows.map((a) => (
            <li key={a.id} className="flex flex-col gap-1.5 py-2.5 first:pt-0 last:pb-0" data-testid="access-assignment">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-medium">{a.groupName ?? a.groupId}</span>
                {a.status !== "active" && <Badge variant="warning">{a.status}</Badge>}
                <span className="text-xs text-muted-foreground">via {a.relationship}</span>
              </div>
              <div className="flex flex-wrap gap-1">
                {a.roles.map((role) => (
                  <Badge key={role.id} variant="secondary" className="font-normal">{role.name}</Badge>
                ))}
                {a.roles.length === 0 && <span className="text-xs text-muted-foreground">No roles</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
