import { Badge } from "@/components/ui/badge";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { AuditOutcome } from "@/lib/audit/events";
import type { AuditEventView } from "@/lib/audit/types";
import { actionUi, OUTCOME_UI } from "./actions";
import { formatAgo, formatExact } from "./format";

// The audit table's cells, apart from the column definitions so columns.tsx reads as the table's shape.

export function TimeCell({ at }: { at: string }) {
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        {/* Focusable so keyboard users get the exact time too; the relative text can differ by a
            minute between the server render and hydration. */}
        <time dateTime={at} tabIndex={0} className="whitespace-nowrap rounded-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50" suppressHydrationWarning>
          {formatAgo(at)}
        </time>
      </TooltipTrigger>
      <TooltipContent>{formatExact(at)}</TooltipContent>
    </Tooltip>
  );
}

export function ActorCell({ actor }: { actor: AuditEventView["actor"] }) {
  const name = actor.displayName ?? actor.name ?? (actor.type === "system" ? "System" : "Unknown");
  return (
    <div className="flex min-w-40 flex-col gap-1">
      <span className="font-medium">{name}</span>
      <div className="flex flex-wrap items-center gap-1">
        {actor.type === "api_key" && <Badge variant="outline">API key</Badge>}
        {actor.role && <Badge variant="secondary">{ROLE_LABELS[actor.role]}</Badge>}
      </div>
    </div>
  );
}

export function TenantCell({ tenant }: { tenant: AuditEventView["tenant"] }) {
  if (!tenant) return <span className="text-muted-foreground">—</span>;
  return tenant.name ? (
    <span className="whitespace-nowrap">{tenant.name}</span>
  ) : (
    <span className="font-mono text-xs">{tenant.id}</span>
  );
}

export function ActionCell({ action }: { action: string }) {
  const { label, icon: Icon } = actionUi(action);
  return (
    <span className="flex items-center gap-2 whitespace-nowrap">
      <Icon className="size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
      {label}
    </span>
  );
}

export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  const { label, tone, icon: Icon } = OUTCOME_UI[outcome];
  return (
    <Badge variant={tone}>
      <Icon aria-hidden="true" />
      {label}
    </Badge>
  );
}

export const Dash = () => <span className="text-muted-foreground">—</span>;
