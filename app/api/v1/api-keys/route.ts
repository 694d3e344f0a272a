import { apiRoute } from "@/lib/api/handler";
import { auditActor } from "@/lib/audit/actor";
import { createApiKey, listApiKeys } from "@/lib/auth/api-keys";
import { createApiKeySchema } from "@/lib/auth/schemas";
import { prisma } from "@/lib/db/client";

export const GET = apiRoute({ roles: ["admin"] }, async () => ({ apiKeys: await listApiKeys(prisma) }));

/** The response is the only place the full key ever appears. */
export const POST = apiRoute({ roles: ["admin"] }, async ({ actor, body }) => {
  const input = await body(createApiKeySchema);
  const createdById = actor.type === "user" ? actor.id : null;
  const { key, summary } = await createApiKey(prisma, { ...input, createdById }, auditActor(actor));
  return Response.json({ key, apiKey: summary }, { status: 201, headers: { "cache-control": "no-store" } });
});
