import { graphClient } from "../../microsoft/graph/client";
import { listGdapRelationships } from "../../microsoft/graph/relationships";
import type { PartnerConnection, TenantsDeps } from "../deps";
import { invalidateTenantSnapshot } from "../list/snapshot";
import { summarizeGdap } from "../status";
import { withAssignments, type RelationshipWithAssignments } from "./partner";
import { writeRelationships } from "./store";

/**
 * Re-reads one customer's GDAP relationships (and assignments) from Graph and stores them, so an
 * on-demand check sees a relationship the customer approved a minute ago, and the list agrees.
 */
export async function refreshTenantGdap(deps: TenantsDeps, partner: PartnerConnection, tenant: { id: string; hasDapContract: boolean }): Promise<RelationshipWithAssignments[]> {
  const graph = graphClient(partner.partnerTenantId, deps);
  const rels = await withAssignments(graph, await listGdapRelationships(graph, { customerTenantId: tenant.id }), deps.concurrency ?? 8);
  const now = deps.now?.() ?? new Date();
  const s = summarizeGdap(rels, tenant.hasDapContract, now);
  await deps.prisma.$transaction(async (tx) => {
    await writeRelationships(tx, { id: tenant.id, relationships: rels }, now);
    await tx.tenant.update({
      where: { id: tenant.id },
      data: {
        gdapStatus: s.status, gdapEndsAt: s.endsAt, gdapAutoExtend: s.autoExtend, gdapAutoExtendBlockedByGa: s.autoExtendBlockedByGlobalAdmin,
        relationshipCount: s.relationshipCount, inGdap: rels.length > 0,
      },
    });
  });
  invalidateTenantSnapshot(deps.prisma);
  return rels;
}
