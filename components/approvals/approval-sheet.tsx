"use client";

import { Field } from "@/components/audit/event-sheet";
import { formatExact } from "@/components/audit/format";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import type { ApprovalListItem } from "@/lib/actions/approval-view";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ApprovalPreview } from "./approval-preview";
import { StatusBadge } from "./columns";
import { DecisionForm } from "./decision-form";
import { formatIn } from "./format";

/** One request in full (the input as stored for people: redacted), with Approve / Reject while it is pending. */
export function ApprovalSheet({ item, onOpenChange }: { item: ApprovalListItem | null; onOpenChange: (open: boolean) => void }) {
  return (
    <Sheet open={item !== null} onOpenChange={onOpenChange}>
      <SheetContent className="w-full overflow-y-auto sm:max-w-xl" data-testid="approval-sheet">
        {item && (
          <>
            <SheetHeader className="pr-10">
              <SheetTitle>{item.title}</SheetTitle>
              <SheetDescription>
                {item.target ?? "The tenant"} in {item.tenant.name ?? item.tenant.id}
              </SheetDescription>
            </SheetHeader>
            <dl className="grid grid-cols-2 gap-4 px-4">
              <Field label="Status" half><StatusBadge status={item.status} /></Field>
              <Field label="Ticket" half>{typeof item.input.ticket === "string" ? item.input.ticket : null}</Field>
              <Field label="Requested by">
                {item.requestedBy.name}
                <span className="block text-xs text-muted-foreground">
                  {item.requestedBy.type === "api_key" ? "API key · " : ""}{ROLE_LABELS[item.requestedBy.role]} · {formatExact(item.createdAt)}
                </span>
              </Field>
              <Field label="Why it needs approval">{item.reason}</Field>
              {item.status === "pending" ? (
                <Field label="Expires"><span suppressHydrationWarning>{formatIn(item.expiresAt)}</span> ({formatExact(item.expiresAt)})</Field>
              ) : (
                <Field label={item.status === "expired" ? "Expired" : "Decided by"}>
                  {item.decidedBy ?? "Nobody"}{item.decidedAt && <span className="text-muted-foreground"> · {formatExact(item.decidedAt)}</span>}
                  {item.comment && <span className="block">“{item.comment}”</span>}
                  {item.result && <span className="block text-xs text-muted-foreground">Run: {item.result.outcome}{item.result.code ? ` (${item.result.code})` : ""}</span>}
                </Field>
              )}
              {item.status === "pending" && (
                <Field label="What it would change (read from the tenant now)"><ApprovalPreview id={item.id} /></Field>
              )}
              <Field label="Input (redacted)">
                <pre tabIndex={0} aria-label="Request input as JSON" className="max-h-72 overflow-auto rounded-md border bg-muted/50 p-3 font-mono text-xs outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
                  {JSON.stringify(item.input, null, 2)}
                </pre>
              </Field>
            </dl>
            {item.status === "pending" && (item.canApprove || item.canReject) && <DecisionForm key={item.id} item={item} onDone={() => onOpenChange(false)} />}
          </>
        )}
      </SheetContent>
    </Sheet>
  );
}
