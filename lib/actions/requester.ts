import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { ApprovalRequest, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The requester as they are NOW: an approved request runs with their current role and scope, so a
 * person demoted or a key revoked since asking cannot have it run on their behalf.
 */
export async function requesterActor(prisma: PrismaClient, r: ApprovalRequest): Promise<Actor> {
  if (r.requesterType === "api_key") {
    const key = await prisma.apiKey.findUnique({ where: { id: r.requesterId }, select: { id: true, name: true, role: true, revokedAt: true } });
    if (!key || key.revokedAt) throw new AppError("CONFLICT", "The API key that asked for this has been revoked; nothing ran.");
    return { type: "api_key", id: key.id, name: key.name, role: key.role };
  }
  if (r.requesterType !== "user") throw new AppError("CONFLICT", "Only people and API keys can have requests run for them.");
  const user = await prisma.appUser.findUnique({ where: { id: r.requesterId }, select: { id: true, displayName: true, upn: true, role: true } });
  if (!user) throw new AppError("CONFLICT", "The person who asked for this is no longer a Tenantry user; nothing ran.");
  return { type: "user", id: user.id, name: user.displayName, upn: user.upn, role: user.role };
}
