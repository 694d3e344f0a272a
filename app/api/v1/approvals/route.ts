import { approvalListQuerySchema, listApprovals } from "@/lib/actions/approval-list";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";

/** `?status=pending|approved|rejected|expired|all` (pending by default); 400 with `fields.status` otherwise. */
export const GET = apiRoute({}, async ({ req, actor }) => {
  const query = approvalListQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return listApprovals(prisma, actor, query);
});
