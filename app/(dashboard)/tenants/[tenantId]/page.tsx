import { notFound } from "next/navigation";

import { canOnTenants } from "@/components/tenants/permissions";
import { TenantOverview } from "@/components/tenants/overview/tenant-overview";
import { resolveTenant } from "./resolve-tenant";

export const dynamic = "force-dynamic";

export default async function TenantOverviewPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const resolved = await resolveTenant((await params).tenantId);
  if (!resolved) notFound();
  const { actor, tenant } = resolved;
  return <TenantOverview tenantId={tenant.id} canEdit={canOnTenants(actor.role, "edit")} canDiagnose={canOnTenants(actor.role, "diagnose")} />;
}
