import { PlugZap } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** What people who cannot connect the partner tenant see until an admin has. */
export function NotConnectedNotice() {
  return (
    <Alert role="status">
      <PlugZap aria-hidden="true" />
      <AlertTitle>Tenantry is not connected to your partner tenant yet</AlertTitle>
      <AlertDescription>
        Customer tenants appear once an admin completes the setup (Settings → Partner connection). Ask a Tenantry admin to connect it.
      </AlertDescription>
    </Alert>
  );
}
