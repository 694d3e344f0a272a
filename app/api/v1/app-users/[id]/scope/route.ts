import { apiRoute } from "@/lib/api/handler";
import { auditActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { scopeFromRow, scopeInputSchema, scopeToRow } from "@/lib/authz/scope";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const SELECT = { id: true, upn: true, scopeKind: true, scopeTenantIds: true, scopeTags: true } as const;

async function user(id: string) {
  const row = await prisma.appUser.findUnique({ where: { id }, select: SELECT });
  if (!row) throw new AppError("NOT_FOUND", `No Tenantry user ${id.slice(0, 80)}.`);
  return row;
}

/** A technician's tenant scope (admins only): which customer tenants they see and act in. */
export const GET = apiRoute({ roles: ["admin"] }, async ({ params }) => ({ scope: scopeFromRow(await user(String(params.id))) }));

export const PUT = apiRoute({ roles: ["admin"] }, async ({ actor, params, body }) => {
  const before = await user(String(params.id));
  const scope = await body(scopeInputSchema);
  await prisma.$transaction(async (tx) => {
    await tx.appUser.update({ where: { id: before.id }, data: scopeToRow(scope) });
    await recordAudit(tx, { action: "scope.changed", actor: auditActor(actor), outcome: "succeeded", target: before.upn, detail: { before: scopeFromRow(before), after: scope } });
  });
  return { scope };
});
