import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";
import { tenantScopeFor } from "@/lib/tenants/access";
import { getTenantView, updateTenant } from "@/lib/tenants/queries";
import { tenantPatchSchema } from "@/lib/tenants/update";

/**
 * The tenant overview: TenantDetail, or only TenantIdentity for roles without tenants.configuration.
 * A tenant outside the caller's scope is a 404, like a missing one.
 */
export const GET = apiRoute({}, async ({ actor, params }) => getTenantView(prisma, (await tenantScopeFor(actor)), String(params.tenantId), actor.role));

/** Alias and tags (admins only); audited. */
export const PATCH = apiRoute({ roles: ["admin"] }, async ({ actor, params, body }) => {
  const patch = await body(tenantPatchSchema);
  return updateTenant(prisma, (await tenantScopeFor(actor)), String(params.tenantId), patch, actor);
});
