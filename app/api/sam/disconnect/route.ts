import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";
import { samDeps } from "@/lib/sam/deps";
import { disconnect } from "@/lib/sam/disconnect";
import { readSamStatus } from "@/lib/sam/status";

/** Deletes the stored partner refresh token (audited). The app registration is kept for reconnecting. */
export const POST = apiRoute({ roles: ["admin"] }, async ({ actor }) => {
  await disconnect(samDeps(), actor);
  return readSamStatus(prisma);
});
