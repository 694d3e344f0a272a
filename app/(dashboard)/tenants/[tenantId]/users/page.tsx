import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/shell/page-header";
import { CreateUserButton } from "@/components/users/manage";
import { UsersTable } from "@/components/users/users-table";
import { resolveTenant } from "../resolve-tenant";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

/** The tenant's users, read live from Microsoft Graph by the browser (the table shows loading, empty and error itself). */
export default async function TenantUsersPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const resolved = await resolveTenant((await params).tenantId);
  if (!resolved) notFound();
  const { actor, tenant } = resolved;
  return (
    <>
      <PageHeader
        title="Users"
        description={`Everyone in ${tenant.displayName}'s directory, read live from Microsoft Entra ID.`}
        actions={<CreateUserButton tenantId={tenant.id} role={actor.role} />}
      />
      <UsersTable tenantId={tenant.id} tenantName={tenant.displayName} />
    </>
  );
}
