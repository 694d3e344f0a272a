import type { UseFormRegisterReturn } from "react-hook-form";

import { describedBy, FormField } from "@/components/settings/form-field";
import { Input } from "@/components/ui/input";

/** One labelled text input bound to react-hook-form, with its hint and error wired for screen readers. */
export function TextField({ id, label, hint, error, field, ...input }: { id: string; label: string; hint?: string; error?: string; field: UseFormRegisterReturn } & React.ComponentProps<"input">) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <Input id={id} autoComplete="off" {...input} {...field} {...describedBy(id, error, hint)} />
    </FormField>
  );
}
