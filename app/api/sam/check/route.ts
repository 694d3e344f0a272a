import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";
import { samDeps } from "@/lib/sam/deps";
import { refreshConnection } from "@/lib/sam/refresh";
import { readSamStatus } from "@/lib/sam/status";

/**
 * "Check now" on the token-health panel: what the keep-alive job does, on demand. A failure is
 * recorded on the connection by the broker, so the answer is the fresh status either way.
 */
export const POST = apiRoute({ roles: ["admin"] }, async () => {
  await refreshConnection(samDeps()).catch(() => undefined);
  return readSamStatus(prisma);
});
