"use client";

import { ACTIONS } from "@/lib/actions/registry";
import type { Role } from "@/lib/auth/roles";
import { CreateUserForm } from "./create-user-form";
import type { CreateUserFields, CreateUserInput } from "./create-user-schema";
import { FormAction } from "./form-action";

/** user.create: name, sign-in name on a verified domain, usage location, optional licence and groups; the password is shown once. */
export function CreateUserButton({ tenantId, role }: { tenantId: string; role: Role }) {
  return (
    <FormAction<CreateUserFields, CreateUserInput>
      actionId="user.create"
      tenantId={tenantId}
      role={role}
      description={ACTIONS["user.create"].description}
      form={({ draft, cancel, review }) => <CreateUserForm tenantId={tenantId} draft={draft} onCancel={cancel} onReview={review} />}
    />
  );
}
