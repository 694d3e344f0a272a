import { apiRoute } from "@/lib/api/handler";
import { removeProtectedAccount } from "@/lib/authz/protected-accounts";
import { prisma } from "@/lib/db/client";

export const DELETE = apiRoute({}, async ({ actor, params }) => removeProtectedAccount(prisma, actor, String(params.tenantId), String(params.id)));
