import { apiRoute } from "@/lib/api/handler";
import { verifyAuditView } from "@/lib/audit/verify";
import { prisma } from "@/lib/db/client";

/** Walks the whole hash chain: `{ ok, checked, brokenAt? }`. Admins only — it reads every row. */
export const GET = apiRoute({ roles: ["admin"] }, async () => verifyAuditView(prisma));
