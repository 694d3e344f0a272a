"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";

import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { AnyActionDefinition } from "@/lib/actions/types";
import { ApiError } from "@/lib/api/client";
import { previewAction, runAction, type ActionSucceeded } from "./api";
import { PreviewChanges } from "./preview-changes";
import { SecretOnce } from "./secret-once";

interface Props {
  def: AnyActionDefinition;
  tenantId: string;
  input: Record<string, unknown>;
  targetLabel?: string;
  onClose(): void;
  onDone?: (result: ActionSucceeded) => void;
}

/** Preview → (typed) confirmation → run; shows a guard's or Microsoft's explanation in place. */
export function ActionDialog({ def, tenantId, input, targetLabel, onClose, onDone }: Props) {
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [secrets, setSecrets] = useState<[string, string][] | null>(null);
  const preview = useQuery({
    queryKey: ["action-preview", tenantId, def.id, input],
    queryFn: () => previewAction(tenantId, def.id, input),
    enabled: def.hasPreview,
    retry: false,
    staleTime: 0,
  });
  const phrase = def.confirmation.typed === "target" ? (targetLabel ?? preview.data?.preview?.target?.name ?? "") : def.confirmation.typed;
  const confirmed = !phrase || typed.trim() === phrase;
  const blocked = preview.error instanceof ApiError ? preview.error.message : null;

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const res = await runAction(tenantId, def.id, input, idempotencyKey);
      if (res.status === "pending_approval") {
        toast.info(`Sent for approval: ${res.approval.reason}`);
        return onClose();
      }
      for (const queryKey of res.invalidates) void queryClient.invalidateQueries({ queryKey });
      toast.success(def.ui.success);
      onDone?.(res);
      const shown = def.audit.redact.flatMap((k) => (typeof res.result[k] === "string" ? [[k, res.result[k] as string] as [string, string]] : []));
      if (shown.length) setSecrets(shown);
      else onClose();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The request failed. Try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !open && !pending && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{def.title}</DialogTitle>
          <DialogDescription>{def.confirmation.message}</DialogDescription>
        </DialogHeader>
        {secrets ? (
          <SecretOnce values={secrets} />
        ) : (
          <>
            {def.hasPreview && <PreviewChanges loading={preview.isPending} data={preview.data} />}
            {(blocked ?? error) && (
              <Alert variant="destructive" role="alert">
                <AlertDescription>{blocked ?? error}</AlertDescription>
              </Alert>
            )}
            {phrase && !blocked && (
              <div className="grid gap-2">
                <Label htmlFor="action-confirm">
                  Type <span className="font-mono font-semibold">{phrase}</span> to confirm
                </Label>
                <Input id="action-confirm" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
              </div>
            )}
          </>
        )}
        <DialogFooter>
          {secrets ? (
            <Button onClick={onClose}>Done</Button>
          ) : (
            <>
              <Button variant="outline" onClick={onClose} disabled={pending}>
                Cancel
              </Button>
              <Button variant={def.ui.destructive ? "destructive" : "default"} disabled={pending || !confirmed || !!blocked} onClick={submit}>
                {def.ui.label}
              </Button>
            </>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
