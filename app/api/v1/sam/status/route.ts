import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";
import { readSamStatus } from "@/lib/sam/status";

/**
 * The partner connection's health for any signed-in role or API key: status, ids, who connected,
 * ages, warnings and the last error with its fix-it. Built from columns only — no secret is read.
 */
export const GET = apiRoute({}, async () => readSamStatus(prisma));
