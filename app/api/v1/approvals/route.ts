import { z } from "zod";

import { listApprovals } from "@/lib/actions/approval-decide";
import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";

const statusSchema = z.enum(["pending", "approved", "rejected", "expired"]).default("pending");

/** Requests the caller could approve (same scope and permission as running them), plus their own. */
export const GET = apiRoute({}, async ({ req, actor }) => {
  const status = statusSchema.parse(new URL(req.url).searchParams.get("status") ?? undefined);
  return listApprovals(prisma, actor, status);
});
