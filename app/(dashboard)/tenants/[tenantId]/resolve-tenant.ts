import { cache } from "react";

import { requireActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { getTenantView } from "@/lib/tenants/queries";
import { tenantScopeFor } from "@/lib/tenants/access";

/**
 * The tenant of this URL, resolved once per request (React cache: the layout, its metadata and the
 * page share one read). Missing and out-of-scope are the same answer — null, rendered as 404 — so
 * nobody can probe which customers exist beyond their scope.
 */
export const resolveTenant = cache(async (tenantId: string) => {
  const actor = await requireActor();
  try {
    return { actor, tenant: await getTenantView(prisma, (await tenantScopeFor(actor)), tenantId, actor.role) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
});
