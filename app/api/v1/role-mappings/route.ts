import { apiRoute } from "@/lib/api/handler";
import { auditActor } from "@/lib/audit/actor";
import { createRoleMapping, listRoleMappings } from "@/lib/auth/role-mappings";
import { createRoleMappingSchema } from "@/lib/auth/schemas";
import { prisma } from "@/lib/db/client";

export const GET = apiRoute({ roles: ["admin"] }, async () => ({ roleMappings: await listRoleMappings(prisma) }));

export const POST = apiRoute({ roles: ["admin"] }, async ({ actor, body }) => {
  const input = await body(createRoleMappingSchema);
  const roleMapping = await createRoleMapping(prisma, input, auditActor(actor));
  return Response.json({ roleMapping }, { status: 201, headers: { "cache-control": "no-store" } });
});
