import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findTenantInScope, tenantNotFound } from "@/lib/tenants/queries";
import type { TenantScope } from "@/lib/tenants/scope";
import type { ActionAuditor } from "./action-audit";
import { GUID_RE } from "./fields";

export interface ActionTenant {
  id: string;
  displayName: string;
  tags: string[];
}

const SELECT = { id: true, displayName: true, tags: true, removedAt: true } as const;

/**
 * The tenant named in the path, through the tenants module's scoped lookup: one outside the
 * caller's scope is answered exactly like one that does not exist (404). Both are audited as
 * denied, so an admin can see someone probing tenants they were not given.
 */
export async function findActionTenant(prisma: PrismaClient, scope: TenantScope, rawId: string, audit: ActionAuditor): Promise<ActionTenant> {
  if (!GUID_RE.test(rawId)) throw tenantNotFound(rawId.slice(0, 80));
  const id = rawId.toLowerCase();
  audit.tenant(id);
  try {
    const t = await findTenantInScope(prisma, scope, id, SELECT);
    if (t.removedAt) {
      throw new AppError("CONFLICT", `${t.displayName} is no longer reachable: it was removed at the last customer sync.`, {
        fixIt: "If the customer is back, run a customer sync.",
      });
    }
    return { id: t.id, displayName: t.displayName, tags: t.tags };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      // An unscoped existence check, for the audit row only; the caller sees the same 404 either way.
      const exists = (await prisma.tenant.count({ where: { id } })) > 0;
      await audit.write("denied", { reason: exists ? "tenant_out_of_scope" : "tenant_not_found" });
    }
    throw error;
  }
}
