import type { Metadata } from "next";

import { AdminSettings } from "@/components/settings/admin-settings";
import { TicketPolicyForm } from "@/components/settings/ticket-policy-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { loadTicketPolicy } from "@/lib/actions/ticket-policy";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Actions" };
export const dynamic = "force-dynamic";

async function TicketRequirement() {
  const policy = await loadTicketPolicy(prisma);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Ticket reference</h2>
        </CardTitle>
        <CardDescription>
          Every action can name the ticket it answers; the audit log records and filters by it. For the roles checked here it is
          required: an action without one is refused before anything reaches Microsoft. Approving a request does not ask again.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <TicketPolicyForm policy={policy} />
      </CardContent>
    </Card>
  );
}

export default function ActionsSettingsPage() {
  return (
    <AdminSettings
      path="/settings/actions"
      title="Actions"
      description="Rules every change in a customer tenant follows, whoever or whatever asks for it (people and API keys alike)."
      what="action settings"
      permission="settings.manage"
    >
      <TicketRequirement />
    </AdminSettings>
  );
}
