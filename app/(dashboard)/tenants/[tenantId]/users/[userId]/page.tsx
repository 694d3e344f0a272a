import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { UserDetailView } from "@/components/users/detail/user-detail";
import { resolveTenant } from "../../resolve-tenant";

export const metadata: Metadata = { title: "User" };
export const dynamic = "force-dynamic";

// Next hands the segment over percent-encoded in some versions (a UPN's @); a malformed one stays as it is.
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type Params = Promise<{ tenantId: string; userId: string }>;

/** One user of the tenant: identity, sign-in, roles, MFA, licences, groups, and the guarded actions. */
export default async function TenantUserPage({ params }: { params: Params }) {
  const { tenantId, userId } = await params;
  const resolved = await resolveTenant(tenantId);
  if (!resolved) notFound();
  return <UserDetailView tenantId={resolved.tenant.id} userRef={decoded(userId)} role={resolved.actor.role} />;
}
