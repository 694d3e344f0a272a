"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";

import { FormField, describedBy } from "@/components/settings/form-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { ApiError } from "@/lib/api/client";
import type { TenantRow } from "@/lib/tenants/types";
import { patchTenant, tenantKeys } from "./api";
import { editTenantSchema, parseTags, type EditTenantInput } from "./edit-tenant-schema";

const TAGS_HINT = "Separate tags with commas, e.g. “Gold, Manufacturing”. Tags become a filter in the list.";

/** Admin-only: the alias (what the MSP calls the customer) and tags. */
export function EditTenantDialog({ tenant, onOpenChange }: { tenant: TenantRow | null; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={tenant !== null} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>Edit alias and tags</DialogTitle>
          <DialogDescription>{tenant ? `${tenant.displayName} · ${tenant.defaultDomain ?? tenant.id}` : null}</DialogDescription>
        </DialogHeader>
        {/* The content unmounts on close, so every opening starts from the tenant's current values. */}
        {tenant && <EditTenantForm tenant={tenant} onDone={() => onOpenChange(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function EditTenantForm({ tenant, onDone }: { tenant: TenantRow; onDone: () => void }) {
  const queryClient = useQueryClient();
  const form = useForm<EditTenantInput>({
    resolver: zodResolver(editTenantSchema),
    defaultValues: { alias: tenant.alias ?? "", tags: tenant.tags.join(", ") },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: EditTenantInput) {
    try {
      await patchTenant(tenant.id, { alias: values.alias || null, tags: parseTags(values.tags) });
      await queryClient.invalidateQueries({ queryKey: tenantKeys.all });
      toast.success(`Saved ${tenant.displayName}`);
      onDone();
    } catch (error) {
      // Server-side field errors (e.g. "tags.2") land on their field; anything else is a toast.
      const fields = error instanceof ApiError ? Object.entries(error.fields ?? {}) : [];
      for (const [field, messages] of fields) {
        const name = field.startsWith("tags") ? "tags" : field === "alias" ? "alias" : null;
        if (name) form.setError(name, { message: messages[0] });
      }
      if (!fields.length) toast.error(error instanceof Error ? error.message : "Could not save the tenant.");
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4">
      <FormField id="tenant-alias" label="Alias" hint="Shown next to the name and matched by search." error={errors.alias?.message}>
        <Input id="tenant-alias" autoComplete="off" {...form.register("alias")} {...describedBy("tenant-alias", errors.alias?.message, "hint")} />
      </FormField>
      <FormField id="tenant-tags" label="Tags" hint={TAGS_HINT} error={errors.tags?.message}>
        <Input id="tenant-tags" autoComplete="off" {...form.register("tags")} {...describedBy("tenant-tags", errors.tags?.message, "hint")} />
      </FormField>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save"}
        </Button>
      </DialogFooter>
    </form>
  );
}
