import { TriangleAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TenantDetail } from "@/lib/tenants/types";
import { daysLeftLabel, formatDate } from "../format";
import type { Tone } from "../options";
import { Section, SectionEmpty } from "./section";

type Relationship = TenantDetail["relationships"][number];

// Graph's delegatedAdminRelationshipStatus values, in Microsoft's words.
const STATUS: Record<string, { label: string; tone: Tone }> = {
  active: { label: "Active", tone: "success" },
  expiring: { label: "Expiring", tone: "warning" },
  approvalPending: { label: "Approval pending", tone: "secondary" },
  approved: { label: "Approved", tone: "secondary" },
  activating: { label: "Activating", tone: "secondary" },
  created: { label: "Created", tone: "secondary" },
  expired: { label: "Expired", tone: "destructive" },
  terminated: { label: "Terminated", tone: "destructive" },
  terminating: { label: "Terminating", tone: "destructive" },
  terminationRequested: { label: "Termination requested", tone: "destructive" },
};

/** "P180D" → "every 180 days"; "PT0S" / none → null (off). */
function autoExtendLabel(duration: string | null): string | null {
  if (!duration || duration === "PT0S" || duration === "P0D") return null;
  const days = /^P(\d+)D$/.exec(duration)?.[1];
  return days ? `Every ${days} days` : duration;
}

function AutoExtend({ r }: { r: Relationship }) {
  if (r.autoExtendBlockedByGlobalAdmin) {
    return (
      <span className="flex items-center gap-1 font-medium" data-testid="ga-blocks-auto-extend">
        <TriangleAlert className="size-3.5 shrink-0 text-warning" aria-hidden="true" />
        Blocked by Global Administrator
      </span>
    );
  }
  const label = autoExtendLabel(r.autoExtendDuration);
  return <span className={label ? undefined : "text-muted-foreground"}>{label ?? "Off"}</span>;
}

/** Every GDAP relationship with this customer: roles, end date, auto-extend and what blocks it. */
export function RelationshipsCard({ tenant }: { tenant: TenantDetail }) {
  const rels = tenant.relationships;
  const gaBlocked = rels.some((r) => r.autoExtendBlockedByGlobalAdmin);
  return (
    <Section
      id="tenant-gdap"
      title="GDAP relationships"
      description={tenant.hasDapContract ? "This customer also has a legacy DAP contract." : undefined}
    >
      {rels.length === 0 ? (
        <SectionEmpty>
          {tenant.hasDapContract
            ? "No GDAP relationship — access relies on the legacy DAP contract, which Microsoft is retiring. Request a GDAP relationship in Partner Center."
            : "No GDAP relationship with this customer. Request one in Partner Center to manage the tenant."}
        </SectionEmpty>
      ) : (
        <div className="flex flex-col gap-4">
          {/* Roles sit under the name: as their own column they squeeze end date and auto-extend off a half-width card. */}
          <Table scrollLabel="GDAP relationships table">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead>Relationship and roles</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Ends</TableHead>
                <TableHead>Auto-extend</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rels.map((r) => {
                const status = STATUS[r.status] ?? { label: r.status, tone: "outline" as const };
                const days = daysLeftLabel(r.daysLeft);
                return (
                  <TableRow key={r.id} data-testid="gdap-relationship" className="align-top">
                    <TableCell className="min-w-64 whitespace-normal">
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="break-all font-medium">{r.displayName}</span>
                        {r.isMicrosoftLed && <Badge variant="outline" title="Created by Microsoft (MLT_), not by your MSP">MLT_ · Microsoft-led</Badge>}
                      </div>
                      <p className="mt-1 text-xs text-muted-foreground">
                        {r.roles.length ? r.roles.map((role) => role.name).join(", ") : "No roles"}
                      </p>
                    </TableCell>
                    <TableCell><Badge variant={status.tone}>{status.label}</Badge></TableCell>
                    <TableCell>
                      {formatDate(r.endsAt)}
                      {days && <span className="block text-xs text-muted-foreground">{days}</span>}
                    </TableCell>
                    <TableCell><AutoExtend r={r} /></TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {gaBlocked && (
            <Alert variant="warning" role="status">
              <TriangleAlert aria-hidden="true" />
              <AlertTitle>Global Administrator blocks auto-extend</AlertTitle>
              <AlertDescription>
                Microsoft never auto-extends a relationship that includes Global Administrator. Renew it before it ends, or replace it with one
                that leaves Global Administrator out.
              </AlertDescription>
            </Alert>
          )}
        </div>
      )}
    </Section>
  );
}
