"use client";

import { useState } from "react";

import { ActionDialog } from "@/components/actions/action-dialog";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { ACTIONS, type ActionId } from "@/lib/actions/registry";
import type { Role } from "@/lib/auth/roles";
import { GatedButton } from "@/components/actions/gated-button";

export interface FormStep<F, I> {
  /** what was typed before going to the confirm step and back */
  draft: F | null;
  cancel(): void;
  review(input: I, draft: F): void;
}

type Step<F, I> = { at: "closed" } | { at: "form"; draft: F | null } | { at: "confirm"; input: I; draft: F; done: boolean };

interface Props<F, I> {
  actionId: ActionId;
  tenantId: string;
  role: Role;
  variant?: ButtonProps["variant"];
  description: React.ReactNode;
  targetLabel?: string;
  form(step: FormStep<F, I>): React.ReactNode;
}

/**
 * A form-driven action in two steps: the form collects the input, then the action's own dialog
 * previews, runs it and shows any secret once. Leaving the preview unrun goes back to the form
 * with what was typed.
 */
export function FormAction<F, I extends Record<string, unknown>>({ actionId, tenantId, role, variant, description, targetLabel, form }: Props<F, I>) {
  const def = ACTIONS[actionId];
  const [step, setStep] = useState<Step<F, I>>({ at: "closed" });
  const cancel = () => setStep({ at: "closed" });
  return (
    <>
      <GatedButton variant={variant} role={role} permission={def.permission} onClick={() => setStep({ at: "form", draft: null })}>
        {def.ui.label}
      </GatedButton>
      {step.at === "form" && (
        <Dialog open onOpenChange={(open) => !open && cancel()}>
          <DialogContent className="sm:max-w-lg">
            <DialogHeader>
              <DialogTitle>{def.title}</DialogTitle>
              <DialogDescription>{description}</DialogDescription>
            </DialogHeader>
            {form({ draft: step.draft, cancel, review: (input, draft) => setStep({ at: "confirm", input, draft, done: false }) })}
          </DialogContent>
        </Dialog>
      )}
      {step.at === "confirm" && (
        <ActionDialog
          def={def}
          tenantId={tenantId}
          input={step.input}
          targetLabel={targetLabel}
          onDone={() => setStep({ ...step, done: true })}
          onClose={() => setStep((s) => (s.at === "confirm" && !s.done ? { at: "form", draft: s.draft } : { at: "closed" }))}
        />
      )}
    </>
  );
}

/** The form step's buttons: Review submits the form and goes on to the action's preview. */
export function ReviewFooter({ onCancel }: { onCancel(): void }) {
  return (
    <DialogFooter>
      <Button type="button" variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit">Review</Button>
    </DialogFooter>
  );
}
