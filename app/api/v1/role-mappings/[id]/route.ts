import { apiRoute } from "@/lib/api/handler";
import { auditActor } from "@/lib/audit/actor";
import { deleteRoleMapping } from "@/lib/auth/role-mappings";
import { prisma } from "@/lib/db/client";

export const DELETE = apiRoute({ roles: ["admin"] }, async ({ actor, params }) => ({
  roleMapping: await deleteRoleMapping(prisma, String(params.id), auditActor(actor)),
}));
