"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { FormField, describedBy } from "@/components/settings/form-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { appRegistrationSchema, type AppRegistrationInput } from "@/lib/sam/schemas";
import type { SamStatusView } from "@/lib/sam/status";
import { ErrorAlert } from "./error-alert";
import { SamApiError, samApi } from "./sam-api";

/**
 * Step 1. The secret is write-only: the browser sends it once, and afterwards sees at most
 * "a client secret is stored, ends in …xy". Leaving the field empty keeps the stored one.
 */
export function AppRegistrationStep({ view, onSaved }: { view: SamStatusView; onSaved: () => void }) {
  const router = useRouter();
  const [failure, setFailure] = useState<SamApiError | null>(null);
  const form = useForm<AppRegistrationInput>({
    resolver: zodResolver(appRegistrationSchema),
    defaultValues: { partnerTenantId: view.partnerTenantId ?? "", clientId: view.clientId ?? "", clientSecret: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const stored = view.clientSecretStored;
  const secretHint = stored
    ? `A client secret is stored${view.clientSecretTail ? `, ending in …${view.clientSecretTail}` : ""}. Leave this empty to keep it.`
    : "The secret's Value from Entra ID → App registrations → Certificates & secrets.";

  async function onSubmit(values: AppRegistrationInput) {
    setFailure(null);
    try {
      await samApi("/api/sam/app-registration", { method: "PUT", body: values });
      toast.success("App registration checked and saved.");
      form.resetField("clientSecret");
      router.refresh();
      onSaved();
    } catch (e) {
      const err = e instanceof SamApiError ? e : new SamApiError("INTERNAL", "Could not save the app registration.");
      for (const [field, messages] of Object.entries(err.fields ?? {})) form.setError(field as keyof AppRegistrationInput, { message: messages[0] });
      setFailure(err);
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-5" aria-label="App registration">
      {failure && <ErrorAlert title="The app registration was not saved" error={failure} />}
      <FormField id="sam-tenant" label="Partner tenant" hint="Tenant ID (GUID) or a domain such as contoso.onmicrosoft.com." error={errors.partnerTenantId?.message}>
        <Input id="sam-tenant" autoComplete="off" spellCheck={false} {...form.register("partnerTenantId")} {...describedBy("sam-tenant", errors.partnerTenantId?.message, "hint")} />
      </FormField>
      <FormField id="sam-client" label="Application (client) ID" hint="From the app registration's Overview page." error={errors.clientId?.message}>
        <Input id="sam-client" autoComplete="off" spellCheck={false} className="font-mono" {...form.register("clientId")} {...describedBy("sam-client", errors.clientId?.message, "hint")} />
      </FormField>
      <FormField id="sam-secret" label="Client secret" hint={secretHint} error={errors.clientSecret?.message}>
        <Input
          id="sam-secret"
          type="password"
          autoComplete="new-password"
          placeholder={stored ? "•••••••• (stored)" : undefined}
          {...form.register("clientSecret")}
          {...describedBy("sam-secret", errors.clientSecret?.message, "hint")}
        />
      </FormField>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Checking with Microsoft…" : "Check and save"}
        </Button>
        <p className="text-sm text-muted-foreground">Tenantry asks Microsoft for an app-only token to prove the three belong together.</p>
      </div>
    </form>
  );
}
