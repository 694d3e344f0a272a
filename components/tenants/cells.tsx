import { CalendarClock, TriangleAlert } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import type { TenantRow } from "@/lib/tenants/types";
import { daysLeftLabel, formatAgo, formatDateTime, formatNumber } from "./format";
import { ACCESS_OPTIONS, CONSENT_OPTIONS, GDAP_OPTIONS, STEP_LABELS } from "./options";
import { StatusBadge } from "./status-badge";

// The list's cells, kept apart from the column definitions so columns.tsx reads as the table's shape.

export function TenantCell({ tenant }: { tenant: TenantRow }) {
  return (
    <div className="flex min-w-56 flex-col gap-0.5">
      <div className="flex items-center gap-2">
        {/* A plain anchor, not next/link: DataTable navigates it client-side (see data-row-link). */}
        <a
          href={`/tenants/${tenant.id}`}
          data-row-link
          className="font-medium underline-offset-4 outline-none hover:underline focus-visible:rounded-sm focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          {tenant.displayName}
        </a>
        {tenant.alias && (
          <Badge variant="outline" className="font-normal" title="Alias">
            {tenant.alias}
          </Badge>
        )}
        {tenant.removedAt && <Badge variant="destructive">Removed</Badge>}
      </div>
      <span className="text-xs text-muted-foreground">{tenant.defaultDomain ?? tenant.initialDomain ?? tenant.id}</span>
    </div>
  );
}

export function GdapCell({ gdap }: { gdap: TenantRow["gdap"] }) {
  const days = gdap.status === "active" || gdap.status === "expiring" || gdap.status === "expired" ? daysLeftLabel(gdap.daysLeft) : null;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <StatusBadge option={GDAP_OPTIONS[gdap.status]} />
        {days && <span className="text-xs text-muted-foreground">{days}</span>}
      </div>
      {gdap.autoExtendBlockedByGlobalAdmin ? (
        <span className="flex items-center gap-1 text-xs font-medium">
          <TriangleAlert className="size-3 text-warning" aria-hidden="true" />
          Global Administrator blocks auto-extend
        </span>
      ) : gdap.autoExtend ? (
        <span className="flex items-center gap-1 text-xs text-muted-foreground">
          <CalendarClock className="size-3" aria-hidden="true" />
          Auto-extends
        </span>
      ) : null}
    </div>
  );
}

export function ConsentCell({ consent }: { consent: TenantRow["consent"] }) {
  return <StatusBadge option={CONSENT_OPTIONS[consent]} />;
}

export function AccessCell({ access }: { access: TenantRow["access"] }) {
  return (
    <div className="flex flex-col gap-1">
      <StatusBadge option={ACCESS_OPTIONS[access.status]} />
      {access.failingStep && (
        <span className="text-xs text-muted-foreground">
          <span className="sr-only">Failing step: </span>
          {STEP_LABELS[access.failingStep]}
        </span>
      )}
    </div>
  );
}

export function LicencesCell({ licenses }: { licenses: TenantRow["licenses"] }) {
  if (!licenses) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="tabular-nums">
      {formatNumber(licenses.consumed)}
      <span className="text-muted-foreground"> / {formatNumber(licenses.enabled)}</span>
      <span className="sr-only"> seats used</span>
    </span>
  );
}

export function TagsCell({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <div className="flex max-w-48 flex-wrap gap-1">
      {tags.map((tag) => (
        <Badge key={tag} variant="secondary" className="font-normal">
          {tag}
        </Badge>
      ))}
    </div>
  );
}

export function SyncedCell({ syncedAt }: { syncedAt: string | null }) {
  return (
    <time dateTime={syncedAt ?? undefined} title={formatDateTime(syncedAt)} className="text-muted-foreground" suppressHydrationWarning>
      {formatAgo(syncedAt)}
    </time>
  );
}
