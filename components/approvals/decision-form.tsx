"use client";

import { useForm } from "react-hook-form";
import { useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";

import { FormField, describedBy } from "@/components/settings/form-field";
import { Button } from "@/components/ui/button";
import { decisionSchema, rejectionSchema } from "@/lib/actions/approval-decision";
import type { ApprovalListItem } from "@/lib/actions/approval-view";
import { ApiError } from "@/lib/api/client";
import { cn } from "@/lib/utils";
import { approvalKeys, decideApproval } from "./api";

type Verb = "approve" | "reject";

const HINT = "Optional when approving; required when rejecting, so the requester knows why. Recorded in the audit log.";

/**
 * Approve or reject with a comment. One form, two submit buttons: the comment is checked against the
 * schema of the button pressed (the API's own), so a rejection without a reason never leaves the page.
 */
export function DecisionForm({ item, onDone }: { item: ApprovalListItem; onDone: () => void }) {
  const queryClient = useQueryClient();
  const form = useForm<{ comment: string }>({ defaultValues: { comment: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = (verb: Verb) =>
    form.handleSubmit(async ({ comment }) => {
      const parsed = (verb === "approve" ? decisionSchema : rejectionSchema).safeParse({ comment });
      if (!parsed.success) return form.setError("comment", { message: `Comment ${parsed.error.issues[0]!.message}` });
      try {
        const { run } = await decideApproval(item.id, verb, comment.trim());
        if (!run) toast.success(item.own ? "Request withdrawn" : "Request rejected; nothing ran");
        else if (run.status === "succeeded") toast.success(`Approved and run: ${run.summary ?? item.title}`);
        else toast.error(`Approved, but the run failed: ${run.error?.message ?? "unknown error"}`);
        await queryClient.invalidateQueries({ queryKey: approvalKeys.all() });
        onDone();
      } catch (error) {
        if (error instanceof ApiError && error.fields?.comment) form.setError("comment", { message: `Comment ${error.fields.comment[0]}` });
        else toast.error(error instanceof Error ? error.message : "Could not record the decision.");
        await queryClient.invalidateQueries({ queryKey: approvalKeys.all() });
      }
    })();

  const error = errors.comment?.message;
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="grid gap-4 border-t px-4 py-4" aria-label="Decide this request">
      <FormField id="decision-comment" label="Comment" hint={HINT} error={error}>
        <textarea
          id="decision-comment"
          rows={3}
          maxLength={500}
          className={cn("w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-xs outline-none dark:bg-input/30", "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive")}
          {...form.register("comment")}
          {...describedBy("decision-comment", error, HINT)}
        />
      </FormField>
      {item.approveBlocked && (
        <p id="approve-blocked" className="text-sm text-muted-foreground">
          {item.approveBlocked}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => submit("approve")} disabled={isSubmitting || !item.canApprove} aria-describedby={item.approveBlocked ? "approve-blocked" : undefined}>
          Approve and run
        </Button>
        {item.canReject && (
          <Button type="button" variant="outline" onClick={() => submit("reject")} disabled={isSubmitting}>
            {item.own ? "Withdraw request" : "Reject"}
          </Button>
        )}
      </div>
    </form>
  );
}
