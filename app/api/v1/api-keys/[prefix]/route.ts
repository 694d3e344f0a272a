import { apiRoute } from "@/lib/api/handler";
import { auditActor } from "@/lib/audit/actor";
import { revokeApiKey } from "@/lib/auth/api-keys";
import { prisma } from "@/lib/db/client";

/** Revokes the key with this prefix. Idempotent: revoking a revoked key returns it unchanged. */
export const DELETE = apiRoute({ roles: ["admin"] }, async ({ actor, params }) => ({
  apiKey: await revokeApiKey(prisma, String(params.prefix), auditActor(actor)),
}));
