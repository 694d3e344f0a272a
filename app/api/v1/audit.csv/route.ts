import { apiRoute } from "@/lib/api/handler";
import { auditCsvFilename, auditCsvStream } from "@/lib/audit/csv";
import { parseAuditFilters } from "@/lib/audit/filters";
import { auditScopeFor } from "@/lib/audit/scope";
import { rolesWith } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db/client";

/** The same filters as GET /api/v1/audit (no paging): every matching event as CSV, streamed. */
export const GET = apiRoute({ roles: rolesWith("audit.read") }, async ({ req, actor }) => {
  // Parsed before the stream starts, so bad filters are a 400 with field errors, not a broken file.
  const filters = parseAuditFilters(new URL(req.url).searchParams);
  const scope = await auditScopeFor(prisma, actor);
  return new Response(auditCsvStream(prisma, scope, filters), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${auditCsvFilename()}"`,
      "cache-control": "no-store",
    },
  });
});
