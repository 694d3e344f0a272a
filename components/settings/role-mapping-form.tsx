"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { ApiError, apiFetch } from "@/lib/api/client";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { createRoleMappingSchema, type CreateRoleMappingInput } from "@/lib/auth/schemas";
import { FormField, describedBy } from "./form-field";

const VALUE_HINT = "The group's object id from Microsoft Entra admin center → Groups → Overview.";

/** Adds a mapping; server-side field errors (e.g. "already mapped") land on their field. */
export function RoleMappingForm() {
  const router = useRouter();
  const form = useForm<CreateRoleMappingInput>({
    resolver: zodResolver(createRoleMappingSchema),
    defaultValues: { claimType: "group", claimValue: "", label: "", role: "technician" },
  });
  const { errors, isSubmitting } = form.formState;
  const claimType = form.watch("claimType");

  async function onSubmit(values: CreateRoleMappingInput) {
    try {
      await apiFetch("/api/v1/role-mappings", { method: "POST", body: values });
      toast.success(`Mapped to ${ROLE_LABELS[values.role]}`);
      form.reset({ ...values, claimValue: "", label: "" });
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.fields) {
        for (const [field, messages] of Object.entries(error.fields)) {
          form.setError(field as keyof CreateRoleMappingInput, { message: messages[0] });
        }
      } else toast.error(error instanceof Error ? error.message : "Could not add the mapping.");
    }
  }

  const hint = claimType === "group" ? VALUE_HINT : "The app role's value, as defined on the sign-in app registration.";
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-4 md:grid-cols-2" aria-label="Add a role mapping">
      <FormField id="claimType" label="Claim" error={errors.claimType?.message}>
        <NativeSelect id="claimType" {...form.register("claimType")} {...describedBy("claimType", errors.claimType?.message)}>
          <option value="group">Group (groups claim)</option>
          <option value="app_role">App role (roles claim)</option>
        </NativeSelect>
      </FormField>
      <FormField id="role" label="Tenantry role" error={errors.role?.message}>
        <NativeSelect id="role" {...form.register("role")} {...describedBy("role", errors.role?.message)}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="claimValue" label={claimType === "group" ? "Group object id" : "App role value"} hint={hint} error={errors.claimValue?.message}>
        <Input id="claimValue" autoComplete="off" spellCheck={false} className="font-mono" {...form.register("claimValue")} {...describedBy("claimValue", errors.claimValue?.message, hint)} />
      </FormField>
      <FormField id="label" label="Display name (optional)" hint="What you call it, e.g. Tenantry Technicians." error={errors.label?.message}>
        <Input id="label" autoComplete="off" {...form.register("label")} {...describedBy("label", errors.label?.message, "hint")} />
      </FormField>
      <div className="md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add mapping"}
        </Button>
      </div>
    </form>
  );
}
