"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import type { z } from "zod";

import { Button } from "@/components/ui/button";
import { ticketPolicySchema, type TicketPolicy } from "@/lib/actions/ticket-policy";
import { ApiError, apiFetch } from "@/lib/api/client";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from "@/lib/auth/roles";

// Read-only runs no action, so asking it for a ticket would mean nothing.
const ACTING_ROLES: Role[] = ["admin", "technician", "service_desk"];

/** One checkbox per role: checked = that role's actions (people and API keys) need a ticket reference. */
export function TicketPolicyForm({ policy }: { policy: TicketPolicy }) {
  const router = useRouter();
  const form = useForm<z.input<typeof ticketPolicySchema>, unknown, TicketPolicy>({ resolver: zodResolver(ticketPolicySchema), defaultValues: policy });
  const { errors, isSubmitting, isDirty } = form.formState;

  async function onSubmit(values: TicketPolicy) {
    try {
      const saved = await apiFetch<{ policy: TicketPolicy }>("/api/v1/settings/ticket-policy", { method: "PUT", body: values });
      form.reset(saved.policy);
      toast.success(saved.policy.roles.length ? `A ticket is now required for ${saved.policy.roles.map((r) => ROLE_LABELS[r]).join(", ")}` : "Tickets are optional for everyone");
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.fields?.roles) form.setError("roles", { message: error.fields.roles[0] });
      else toast.error(error instanceof Error ? error.message : "Could not save the ticket requirement.");
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4" aria-label="Ticket requirement">
      <fieldset className="flex flex-col gap-3" aria-describedby={errors.roles ? "ticket-roles-error" : undefined}>
        <legend className="mb-1 text-sm font-medium">Require a ticket reference for actions by</legend>
        {ACTING_ROLES.map((role) => (
          <label key={role} className="flex items-start gap-3 text-sm">
            <input type="checkbox" value={role} className="mt-0.5 size-4 accent-primary" {...form.register("roles")} />
            <span className="flex flex-col">
              <span className="font-medium">{ROLE_LABELS[role]}</span>
              <span className="text-xs text-muted-foreground">{ROLE_DESCRIPTIONS[role]}</span>
            </span>
          </label>
        ))}
        {errors.roles && (
          <p id="ticket-roles-error" className="text-xs text-destructive">
            {errors.roles.message}
          </p>
        )}
      </fieldset>
      <div>
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
