"use client";

import { useState } from "react";

import { describedBy, FormField } from "@/components/settings/form-field";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { AnyActionDefinition } from "@/lib/actions/types";
import type { ActionSucceeded } from "./api";
import { PreviewChanges } from "./preview-changes";
import { SecretOnce } from "./secret-once";
import { useActionRun } from "./use-action-run";

interface Props {
  def: AnyActionDefinition;
  tenantId: string;
  input: Record<string, unknown>;
  targetLabel?: string;
  onClose(): void;
  onDone?: (result: ActionSucceeded) => void;
}

const TICKET_HINT = "The PSA or service-desk reference, recorded in the audit log.";

const REFUSED: Record<string, string> = { GUARD_BLOCKED: "You cannot do this to this account", FORBIDDEN: "Your role cannot do this" };

/** Preview (with the guards) → ticket and typed confirmation → run; refusals and failures in plain words, in place. */
export function ActionDialog({ def, tenantId, input, targetLabel, onClose, onDone }: Props) {
  const { preview, refusal, pending, failure, secrets, run } = useActionRun(def, tenantId, input, { onClose, onDone });
  const [typed, setTyped] = useState("");
  const [ticket, setTicket] = useState("");
  const phrase = def.confirmation.typed === "target" ? (targetLabel ?? preview.data?.preview?.target?.name ?? "") : def.confirmation.typed;
  const ticketRequired = preview.data?.ticketRequired === true;
  const ready = preview.isSuccess && (!phrase || typed.trim() === phrase) && (!ticketRequired || ticket.trim() !== "");
  const ticketError = failure?.fields.ticket?.join(" ");
  const otherErrors = Object.entries(failure?.fields ?? {}).filter(([k]) => k !== "ticket").map(([k, v]) => `${k} ${v.join(", ")}`);

  return (
    <Dialog open onOpenChange={(open) => !open && !pending && onClose()}>
      <DialogContent data-testid="action-dialog">
        <DialogHeader>
          <DialogTitle>{def.title}</DialogTitle>
          <DialogDescription>{def.confirmation.message}</DialogDescription>
        </DialogHeader>
        {secrets ? (
          <SecretOnce values={secrets} />
        ) : refusal ? (
          <Alert variant="destructive" data-testid="action-refusal">
            <AlertTitle>{REFUSED[refusal.code] ?? "This cannot run now"}</AlertTitle>
            <AlertDescription>{refusal.message}</AlertDescription>
          </Alert>
        ) : (
          <form
            id="action-form"
            className="grid gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              if (ready && !pending) void run(ticket.trim());
            }}
          >
            <PreviewChanges loading={preview.isPending} data={preview.data} />
            <FormField id="action-ticket" label={ticketRequired ? "Ticket (required)" : "Ticket (optional)"} hint={TICKET_HINT} error={ticketError}>
              <Input id="action-ticket" name="ticket" autoComplete="off" maxLength={64} required={ticketRequired} value={ticket} onChange={(e) => setTicket(e.target.value)} {...describedBy("action-ticket", ticketError, TICKET_HINT)} />
            </FormField>
            {phrase && (
              <FormField id="action-confirm" label={`Type ${phrase} to confirm`}>
                <Input id="action-confirm" autoComplete="off" spellCheck={false} className="font-mono" value={typed} onChange={(e) => setTyped(e.target.value)} />
              </FormField>
            )}
            {failure && (
              <Alert variant="destructive">
                <AlertDescription>{[failure.message, ...otherErrors].join(" ")}</AlertDescription>
              </Alert>
            )}
          </form>
        )}
        <DialogFooter>
          {secrets ? (
            <Button onClick={onClose}>Done</Button>
          ) : (
            <>
              <Button variant="outline" onClick={onClose} disabled={pending}>
                Cancel
              </Button>
              {!refusal && (
                <Button type="submit" form="action-form" variant={def.ui.destructive ? "destructive" : "default"} disabled={pending || !ready}>
                  {def.ui.label}
                </Button>
              )}
            </>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
