"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";

import type { AnyActionDefinition } from "@/lib/actions/types";
import { ApiError } from "@/lib/api/client";
import { previewAction, runAction, type ActionSucceeded } from "./api";

export interface RunFailure {
  message: string;
  /** the API's 400 field errors, by input field */
  fields: Record<string, string[]>;
}

/**
 * The dialog's two calls. The dry run (`?preview=1`) always goes first, for every action: it runs the
 * role check and the object guards too, so a refusal is on screen before anyone types. The run
 * itself carries one Idempotency-Key per dialog, so a double click or a retry runs once.
 */
export function useActionRun(def: AnyActionDefinition, tenantId: string, input: Record<string, unknown>, o: { onClose(): void; onDone?: (r: ActionSucceeded) => void }) {
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<RunFailure | null>(null);
  const [secrets, setSecrets] = useState<[string, string][] | null>(null);
  const preview = useQuery({
    queryKey: ["action-preview", tenantId, def.id, input],
    queryFn: () => previewAction(tenantId, def.id, input),
    retry: false,
    staleTime: 0,
    gcTime: 0,
  });

  async function run(ticket: string) {
    setPending(true);
    setFailure(null);
    try {
      const res = await runAction(tenantId, def.id, ticket ? { ...input, ticket } : input, idempotencyKey);
      if (res.status === "pending_approval") {
        toast.info(`${def.title} awaits approval: ${res.approval.reason}`);
        return o.onClose();
      }
      for (const queryKey of res.invalidates) void queryClient.invalidateQueries({ queryKey });
      toast.success(def.ui.success);
      o.onDone?.(res);
      const shown = def.audit.redact.flatMap((k) => (typeof res.result[k] === "string" ? [[k, res.result[k] as string] as [string, string]] : []));
      if (shown.length) setSecrets(shown);
      else o.onClose();
    } catch (e) {
      setFailure(e instanceof ApiError ? { message: e.message, fields: e.fields ?? {} } : { message: "The request failed. Try again.", fields: {} });
    } finally {
      setPending(false);
    }
  }

  const refusal = preview.error instanceof ApiError ? preview.error : preview.error ? new ApiError(0, "NETWORK", "The preview could not be loaded. Try again.") : null;
  return { preview, refusal, pending, failure, secrets, run };
}
