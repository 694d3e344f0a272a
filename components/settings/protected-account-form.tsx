"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import { z } from "zod";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ApiError, apiFetch } from "@/lib/api/client";
import { protectedAccountSchema } from "@/lib/authz/protected-account-schema";
import { FormField, describedBy } from "./form-field";
import { TenantPicker } from "./tenant-picker";

// The API's own field rules plus the tenant, which the API takes from the path.
const schema = protectedAccountSchema.safeExtend({
  tenant: z.array(z.object({ id: z.string(), displayName: z.string() })).length(1, "Choose the tenant the account is in."),
});
type Values = z.input<typeof schema>;

/** Adds an account to one tenant's protected list (POST /api/v1/tenants/{id}/protected-accounts). */
export function ProtectedAccountForm() {
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { tenant: [], account: "", reason: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit({ tenant, account, reason }: z.output<typeof schema>) {
    try {
      await apiFetch(`/api/v1/tenants/${encodeURIComponent(tenant[0]!.id)}/protected-accounts`, { method: "POST", body: { account, ...(reason ? { reason } : {}) } });
      toast.success(`${account} is protected in ${tenant[0]!.displayName}`);
      form.reset({ tenant, account: "", reason: "" });
      await queryClient.invalidateQueries({ queryKey: ["protected-accounts"] });
    } catch (error) {
      if (error instanceof ApiError && error.fields) {
        for (const [field, messages] of Object.entries(error.fields)) if (field === "account" || field === "reason") form.setError(field, { message: messages[0] });
      } else toast.error(error instanceof Error ? error.message : "Could not add the account.");
    }
  }

  const hint = "The user's sign-in name (UPN) or object id, as it is in the customer's Microsoft Entra ID.";
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-4 md:grid-cols-2" aria-label="Add a protected account">
      <div className="md:col-span-2">
        <FormField id="protected-tenant" label="Tenant" error={errors.tenant?.message}>
          <Controller control={form.control} name="tenant" render={({ field }) => <TenantPicker id="protected-tenant" single value={field.value} onChange={field.onChange} invalid={!!errors.tenant} />} />
        </FormField>
      </div>
      <FormField id="protected-account" label="Account" hint={hint} error={errors.account?.message}>
        <Input id="protected-account" autoComplete="off" spellCheck={false} className="font-mono" {...form.register("account")} {...describedBy("protected-account", errors.account?.message, "hint")} />
      </FormField>
      <FormField id="protected-reason" label="Reason (optional)" hint="Shown to whoever is refused, e.g. Break-glass account." error={errors.reason?.message}>
        <Input id="protected-reason" autoComplete="off" {...form.register("reason")} {...describedBy("protected-reason", errors.reason?.message, "hint")} />
      </FormField>
      <div className="md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add protected account"}
        </Button>
      </div>
    </form>
  );
}
