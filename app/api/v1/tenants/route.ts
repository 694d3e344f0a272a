import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";
import { tenantScopeFor } from "@/lib/tenants/access";
import { parseListParams } from "@/lib/tenants/list/params";
import { listTenants } from "@/lib/tenants/queries";

/** The customer list: filters, sort, paging and facets server-side (lib/tenants/types.ts: TenantListResponse). */
export const GET = apiRoute({}, async ({ req, actor }) => {
  const filters = parseListParams(new URL(req.url).searchParams); // a 400 before any database read
  return listTenants(prisma, tenantScopeFor(actor), filters);
});
