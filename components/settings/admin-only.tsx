import { ShieldAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

/** What a non-admin sees instead of an admin-only settings page: a plain refusal, not a 404. */
export function AdminOnly({ role, what }: { role: Role; what: string }) {
  return (
    <Alert variant="warning" role="status">
      <ShieldAlert aria-hidden="true" />
      <AlertTitle>Only admins can manage {what}</AlertTitle>
      <AlertDescription>
        You are signed in as {ROLE_LABELS[role]}. Ask a Tenantry admin if something here needs changing.
      </AlertDescription>
    </Alert>
  );
}
