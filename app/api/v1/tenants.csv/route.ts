import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";
import { tenantScopeFor } from "@/lib/tenants/access";
import { tenantsCsvStream } from "@/lib/tenants/csv";
import { parseListParams } from "@/lib/tenants/list/params";
import { exportTenants } from "@/lib/tenants/queries";

/** The customer list as CSV: the same filters and scope as GET /api/v1/tenants, every page. */
export const GET = apiRoute({}, async ({ req, actor }) => {
  const rows = await exportTenants(prisma, (await tenantScopeFor(actor)), parseListParams(new URL(req.url).searchParams));
  return new Response(tenantsCsvStream(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="tenants-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
