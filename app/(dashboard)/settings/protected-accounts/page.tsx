import type { Metadata } from "next";

import { AdminSettings } from "@/components/settings/admin-settings";
import { ProtectedAccountForm } from "@/components/settings/protected-account-form";
import { ProtectedAccountsTable } from "@/components/settings/protected-accounts-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Protected accounts" };
export const dynamic = "force-dynamic";

export default function ProtectedAccountsPage() {
  return (
    <AdminSettings
      path="/settings/protected-accounts"
      title="Protected accounts"
      description="Break-glass and other sensitive accounts in customer tenants: any action by a technician, the service desk or an API key below admin on an account listed here is refused and audited before anything changes, so only admins can touch them."
      what="protected accounts"
      permission="protected_accounts.manage"
    >
      <ProtectedAccountsTable />
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Add a protected account</h2>
          </CardTitle>
          <CardDescription>By sign-in name (UPN) or object id: the guard matches the user by either.</CardDescription>
        </CardHeader>
        <CardContent>
          <ProtectedAccountForm />
        </CardContent>
      </Card>
    </AdminSettings>
  );
}
