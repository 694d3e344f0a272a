import { CalendarClock, MoreHorizontal, TriangleAlert } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { SpriteIcon } from "@/components/ui/sprite";
import type { TenantRow } from "@/lib/tenants/types";
import { daysLeftLabel, formatAgo, formatDateTime, formatNumber } from "./format";
import { ACCESS_OPTIONS, CONSENT_OPTIONS, GDAP_OPTIONS, STEP_LABELS } from "./options";
import { StatusBadge } from "./status-badge";

// The list's cells, kept apart from the column definitions so columns.tsx reads as the table's shape.
// Their icons come from the list's IconSprite (LIST_ICONS): a row is re-rendered for every result.

/** Every icon the list's rows draw, for the one IconSprite the table renders. */
export const LIST_ICONS = [
  ...[GDAP_OPTIONS, CONSENT_OPTIONS, ACCESS_OPTIONS].flatMap((options) => Object.values(options).map((o) => o.icon)),
  TriangleAlert,
  CalendarClock,
  MoreHorizontal, // the row actions' trigger
];

export function TenantCell({ tenant }: { tenant: TenantRow }) {
  const domain = tenant.defaultDomain ?? tenant.initialDomain ?? tenant.id;
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <div className="flex min-w-0 items-center gap-2">
        {/* A plain anchor, not next/link: DataTable navigates it client-side (see data-row-link). */}
        <a
          href={`/tenants/${tenant.id}`}
          data-row-link
          className="truncate font-medium underline-offset-4 outline-none hover:underline focus-visible:rounded-sm focus-visible:ring-[3px] focus-visible:ring-ring/50"
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
      {/* Truncated in a narrow column: the whole domain is in the tooltip. */}
      <span className="truncate text-xs text-muted-foreground" title={domain}>{domain}</span>
    </div>
  );
}

export function GdapCell({ gdap }: { gdap: TenantRow["gdap"] }) {
  const days = gdap.status === "active" || gdap.status === "expiring" || gdap.status === "expired" ? daysLeftLabel(gdap.daysLeft) : null;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <StatusBadge option={GDAP_OPTIONS[gdap.status]} sprite />
        {days && <span className="text-xs text-muted-foreground">{days}</span>}
      </div>
      {gdap.autoExtendBlockedByGlobalAdmin ? (
        <span className="flex items-center gap-1 whitespace-normal text-xs font-medium">
          <SpriteIcon icon={TriangleAlert} className="size-3 shrink-0 text-warning" />
          Global Administrator blocks auto-extend
        </span>
      ) : gdap.autoExtend ? (
        <span className="flex items-center gap-1 text-xs text-muted-foreground">
          <SpriteIcon icon={CalendarClock} className="size-3 shrink-0" />
          Auto-extends
        </span>
      ) : null}
    </div>
  );
}

export function ConsentCell({ consent }: { consent: TenantRow["consent"] }) {
  return <StatusBadge option={CONSENT_OPTIONS[consent]} sprite />;
}

export function AccessCell({ access }: { access: TenantRow["access"] }) {
  return (
    <div className="flex flex-col gap-1">
      <StatusBadge option={ACCESS_OPTIONS[access.status]} sprite />
      {access.failingStep && (
        <span className="whitespace-normal text-xs text-muted-foreground">
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
