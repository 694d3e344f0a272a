"use client";

import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { AuditEventView } from "@/lib/audit/types";
import { actionUi } from "./actions";
import { OutcomeBadge } from "./cells";
import { formatExact } from "./format";

const ACTOR_TYPES = { user: "Person", api_key: "API key", system: "System" } as const;

// Each field spans both columns but Outcome and Ticket, which share a row. One div level under the
// <dl> only: axe (rightly) rejects dt/dd nested deeper.
export function Field({ label, children, mono, half }: { label: string; children: React.ReactNode; mono?: boolean; half?: boolean }) {
  return (
    <div className={half ? "grid content-start gap-1" : "col-span-2 grid gap-1"}>
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className={mono ? "break-all font-mono text-xs" : "text-sm"}>{children ?? "—"}</dd>
    </div>
  );
}

/** One event in full: who, where, what, the redacted detail, Microsoft's request ids and the chain hashes. */
export function AuditEventSheet({ event, onOpenChange }: { event: AuditEventView | null; onOpenChange: (open: boolean) => void }) {
  const action = event ? actionUi(event.action) : null;
  return (
    <Sheet open={event !== null} onOpenChange={onOpenChange}>
      <SheetContent className="w-full overflow-y-auto sm:max-w-xl" data-testid="audit-event-sheet">
        {event && action && (
          <>
            <SheetHeader className="pr-10">
              <SheetTitle className="flex items-center gap-2">
                <action.icon className="size-4" aria-hidden="true" />
                {action.label}
              </SheetTitle>
              <SheetDescription>
                Event {event.id} · {formatExact(event.at)}
              </SheetDescription>
            </SheetHeader>
            <dl className="grid grid-cols-2 gap-4 px-4 pb-6">
              <Field label="Outcome" half><OutcomeBadge outcome={event.outcome} /></Field>
              <Field label="Ticket" half>{event.ticket}</Field>
              <Field label="Actor">
                {event.actor.displayName ?? event.actor.name ?? "Unknown"}
                {event.actor.upn && <span className="text-muted-foreground"> · {event.actor.upn}</span>}
                <span className="block text-xs text-muted-foreground">
                  {ACTOR_TYPES[event.actor.type]}
                  {event.actor.role && ` · ${ROLE_LABELS[event.actor.role]}`}
                  {event.actor.name && event.actor.name !== event.actor.displayName && ` · recorded as ${event.actor.name}`}
                </span>
              </Field>
              <Field label="Tenant">{event.tenant ? `${event.tenant.name ?? "Unknown tenant"} (${event.tenant.id})` : "Partner (no customer tenant)"}</Field>
              <Field label="Action id" mono>{event.action}</Field>
              <Field label="Target">{event.target && <span className="break-all">{event.target}</span>}</Field>
              <Field label="Detail (redacted)">
                <pre tabIndex={0} aria-label="Event detail as JSON" className="max-h-72 overflow-auto rounded-md border bg-muted/50 p-3 font-mono text-xs outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
                  {JSON.stringify(event.detail, null, 2)}
                </pre>
              </Field>
              <Field label="Microsoft request ids" mono>
                {event.requestIds.length ? (
                  <ul className="grid gap-1">{event.requestIds.map((id) => <li key={id}>{id}</li>)}</ul>
                ) : (
                  "None"
                )}
              </Field>
              <Field label="Hash" mono>{event.hash}</Field>
              <Field label="Previous hash" mono>{event.prevHash ?? "None (first event)"}</Field>
            </dl>
          </>
        )}
      </SheetContent>
    </Sheet>
  );
}
