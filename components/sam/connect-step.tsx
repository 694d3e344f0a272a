import { CircleCheck, LogIn } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SamStatusView } from "@/lib/sam/status";
import { ErrorAlert } from "./error-alert";
import { formatDate } from "./format";

/**
 * Step 2. A plain link, not fetch: /api/sam/connect answers with a redirect to Microsoft's sign-in,
 * which must happen in the top-level window (prompt=login, MFA, consent).
 */
export function ConnectStep({ view, connectError, onContinue }: { view: SamStatusView; connectError?: { message: string; fixIt: string; code: string }; onContinue: () => void }) {
  const connected = view.status === "connected";
  return (
    <div className="flex flex-col gap-5">
      {connectError && <ErrorAlert title="The partner admin was not connected" error={connectError} />}
      {view.status === "reconsent_required" && (
        <ErrorAlert title="The connection needs a new consent" error={{ message: view.lastError?.message ?? "The stored refresh token no longer works.", fixIt: "Connect again as a partner admin below." }} />
      )}
      {connected && (
        <Alert role="status">
          <CircleCheck aria-hidden="true" className="text-success" />
          <AlertTitle>Connected as {view.connectedByUpn}</AlertTitle>
          <AlertDescription>Since {formatDate(view.connectedAt)}. Reconnect to use another partner admin or to renew consent.</AlertDescription>
        </Alert>
      )}
      <div className="flex flex-col gap-2 text-sm text-muted-foreground">
        <p>
          You will sign in at Microsoft as a <span className="font-medium text-foreground">Global Administrator of the partner tenant</span>, with
          MFA, and accept the permissions. Microsoft then returns a refresh token, which Tenantry stores encrypted on the server — it never
          reaches this browser.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button asChild variant={connected ? "outline" : "default"}>
          <a href="/api/sam/connect">
            <LogIn aria-hidden="true" />
            {connected || view.status === "reconsent_required" || view.status === "disconnected" ? "Reconnect as partner admin" : "Connect as partner admin"}
          </a>
        </Button>
        {connected && (
          <Button type="button" onClick={onContinue}>
            Continue to verify
          </Button>
        )}
      </div>
    </div>
  );
}
