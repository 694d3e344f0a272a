"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";

import type { Role } from "@/lib/auth/roles";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";
import { useLiveUser } from "./api";
import { editDefaults, editUserForm, type EditUserFields, type EditUserInput } from "./edit-user-schema";
import { FormAction, ReviewFooter } from "./form-action";
import { TextField } from "./text-field";

const FIELDS: [keyof EditUserFields, string, string?][] = [
  ["displayName", "Display name"],
  ["jobTitle", "Job title"],
  ["department", "Department"],
  ["officeLocation", "Office"],
  ["mobilePhone", "Mobile phone"],
  ["usageLocation", "Usage location", "Two-letter country code, e.g. GB or US."],
];

/** user.update: the form starts from the user's current values; the preview shows before → after. */
export function EditUserButton({ tenantId, user: initial, role }: { tenantId: string; user: UserDetail; role: Role }) {
  const user = useLiveUser(tenantId, initial);
  return (
    <FormAction<EditUserFields, EditUserInput>
      actionId="user.update"
      tenantId={tenantId}
      role={role}
      variant="outline"
      description={user.userPrincipalName}
      targetLabel={user.userPrincipalName}
      form={({ draft, cancel, review }) => <EditUserForm user={user} draft={draft} onCancel={cancel} onReview={review} />}
    />
  );
}

function EditUserForm({ user, draft, onCancel, onReview }: { user: UserDetail; draft: EditUserFields | null; onCancel(): void; onReview(input: EditUserInput, draft: EditUserFields): void }) {
  const form = useForm<EditUserFields, unknown, EditUserInput>({ resolver: zodResolver(editUserForm(user)), defaultValues: draft ?? editDefaults(user) });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((input) => onReview(input, form.getValues()))} noValidate className="flex flex-col gap-4">
      {FIELDS.map(([name, label, hint]) => (
        <TextField key={name} id={`edit-user-${name}`} label={label} hint={hint} error={errors[name]?.message} field={form.register(name)} />
      ))}
      <ReviewFooter onCancel={onCancel} />
    </form>
  );
}
