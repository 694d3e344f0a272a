"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Check, Copy, KeyRound } from "lucide-react";
import { toast } from "sonner";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { ApiError, apiFetch } from "@/lib/api/client";
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/auth/schemas";
import { FormField, describedBy } from "./form-field";

/**
 * Creates a key and shows it exactly once. The key lives only in this component's state: it is
 * gone on navigation, and nothing can fetch it again (the server keeps a hash).
 */
export function ApiKeyCreate() {
  const router = useRouter();
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useForm<CreateApiKeyInput>({ resolver: zodResolver(createApiKeySchema), defaultValues: { name: "", role: "read_only" } });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");

  async function onSubmit(values: CreateApiKeyInput) {
    try {
      const { key } = await apiFetch<{ key: string }>("/api/v1/api-keys", { method: "POST", body: values });
      setCreated({ key, name: values.name });
      setCopied(false);
      form.reset({ name: "", role: values.role });
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.fields) {
        for (const [field, messages] of Object.entries(error.fields)) form.setError(field as keyof CreateApiKeyInput, { message: messages[0] });
      } else toast.error(error instanceof Error ? error.message : "Could not create the key.");
    }
  }

  return (
    <div className="flex flex-col gap-6">
      {created && (
        <Alert role="status">
          <KeyRound aria-hidden="true" />
          <AlertTitle>Copy the key for “{created.name}” now — it will not be shown again</AlertTitle>
          <AlertDescription className="w-full">
            <div className="flex w-full items-center gap-2">
              <Input readOnly value={created.key} aria-label="New API key" className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
              <Button
                type="button"
                variant="outline"
                size="sm"
                onClick={async () => {
                  await navigator.clipboard.writeText(created.key).then(() => setCopied(true), () => toast.error("Copy failed: select the key and copy it."));
                }}
              >
                {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
                {copied ? "Copied" : "Copy"}
              </Button>
            </div>
            <p>Send it as the header <code className="font-mono">Authorization: Bearer &lt;key&gt;</code>.</p>
          </AlertDescription>
        </Alert>
      )}
      <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-4 md:grid-cols-2" aria-label="Create an API key">
        <FormField id="key-name" label="Name" hint="Who or what uses it, e.g. PSA sync." error={errors.name?.message}>
          <Input id="key-name" autoComplete="off" {...form.register("name")} {...describedBy("key-name", errors.name?.message, "hint")} />
        </FormField>
        <FormField id="key-role" label="Role" hint={ROLE_DESCRIPTIONS[role]} error={errors.role?.message}>
          <NativeSelect id="key-role" {...form.register("role")} {...describedBy("key-role", errors.role?.message, "hint")}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <div className="md:col-span-2">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Creating…" : "Create key"}
          </Button>
        </div>
      </form>
    </div>
  );
}
