import { CircleAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { readSamStatus } from "@/lib/sam/status";

/**
 * Every dashboard page says so when the partner token is dead (expired after 90 idle days, revoked
 * by a password change): nothing that needs Microsoft works until an admin re-consents.
 */
export async function ConnectionBanner({ role }: { role: Role }) {
  const view = await readSamStatus(prisma).catch(() => null);
  if (view?.status !== "reconsent_required") return null;
  return (
    <Alert variant="destructive" data-testid="sam-reconsent-banner">
      <CircleAlert aria-hidden="true" />
      <AlertTitle className="line-clamp-none">The partner connection needs a new consent</AlertTitle>
      <AlertDescription>
        <p>
          {view.lastError?.message ?? "The stored refresh token no longer works."} Nothing that reaches customer tenants will work until then.
        </p>
        {role === "admin" ? (
          <Button asChild size="sm" className="mt-1">
            <a href="/api/sam/connect">Reconnect</a>
          </Button>
        ) : (
          <p>Ask a Tenantry admin to reconnect the partner tenant.</p>
        )}
      </AlertDescription>
    </Alert>
  );
}
