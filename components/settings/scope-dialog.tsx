"use client";

import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { apiFetch } from "@/lib/api/client";
import type { AppUserView } from "@/lib/authz/app-users";
import { FormField, describedBy } from "./form-field";
import { SCOPE_KINDS, scopeFormSchema, toForm, toScope, type ScopeForm } from "./scope-form";
import { TenantPicker } from "./tenant-picker";

/** Edits one person's tenant scope; it applies from their next request (no new sign-in needed). */
export function ScopeDialog({ person, names }: { person: AppUserView; names: Record<string, string> }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm<ScopeForm>({ resolver: zodResolver(scopeFormSchema), defaultValues: toForm(person.scope, names) });
  const { errors, isSubmitting } = form.formState;
  const kind = form.watch("kind");

  async function onSubmit(values: ScopeForm) {
    try {
      await apiFetch(`/api/v1/app-users/${encodeURIComponent(person.id)}/scope`, { method: "PUT", body: toScope(values) });
      toast.success(`Tenant scope of ${person.name} saved`);
      await queryClient.invalidateQueries({ queryKey: ["app-users"] });
      setOpen(false);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "Could not save the tenant scope.");
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(toForm(person.scope, names)); // the saved scope, not an abandoned edit
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Edit tenant scope of ${person.name}`}>
          Edit scope
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Tenant scope of {person.name}</DialogTitle>
          <DialogDescription>Which customer tenants {person.name} sees and acts in. Tenants outside it look as if they did not exist.</DialogDescription>
        </DialogHeader>
        <form id="scope-form" onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4">
          <FormField id="scope-kind" label="Scope" error={errors.kind?.message}>
            <NativeSelect id="scope-kind" {...form.register("kind")}>
              {Object.entries(SCOPE_KINDS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          {(kind === "list" || kind === "allExcept") && (
            <FormField id="scope-tenants" label={kind === "list" ? "Tenants in scope" : "Tenants left out"} error={errors.tenants?.message}>
              <Controller control={form.control} name="tenants" render={({ field }) => <TenantPicker id="scope-tenants" value={field.value} onChange={field.onChange} invalid={!!errors.tenants} />} />
            </FormField>
          )}
          {kind === "tags" && (
            <FormField id="scope-tags" label="Tags" hint="Comma-separated; tenants with any of them are in scope." error={errors.tags?.message}>
              <Input id="scope-tags" autoComplete="off" {...form.register("tags")} {...describedBy("scope-tags", errors.tags?.message, "hint")} />
            </FormField>
          )}
        </form>
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)} disabled={isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" form="scope-form" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : "Save scope"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
