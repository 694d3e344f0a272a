import { graphClient, type GraphClient } from "../../microsoft/graph/client";
import { listGdapCustomers } from "../../microsoft/graph/gdap";
import { getGroup } from "../../microsoft/graph/partner-groups";
import { listGdapAccessAssignments, listGdapRelationships, type GdapAccessAssignmentInfo, type GdapRelationshipInfo } from "../../microsoft/graph/relationships";
import { listContracts, type DapContract } from "../../microsoft/graph/tenant-info";
import { createPartnerCenterClient, type PartnerCenterClient } from "../../microsoft/partner-center/client";
import type { PartnerCustomer } from "../../microsoft/partner-center/types";
import type { PartnerConnection, TenantsDeps } from "../deps";
import { mapLimit } from "../pool";
import { errorOf, type RunError } from "../runs";

export interface RelationshipWithAssignments extends GdapRelationshipInfo {
  assignments: (GdapAccessAssignmentInfo & { groupName: string | null })[];
}

/** Everything read in the partner tenant, before touching any customer. */
export interface PartnerSide {
  gdapCustomers: Map<string, string>;
  relationships: RelationshipWithAssignments[];
  contracts: DapContract[];
  /** null when Partner Center could not be read: nobody is then marked "not in Partner Center" */
  pcCustomers: PartnerCustomer[] | null;
  pc: PartnerCenterClient;
  errors: RunError[];
}

// Ended relationships keep their assignments in Graph, but they grant nothing: not worth a request each.
const ENDED = new Set(["expired", "terminated"]);

/**
 * GDAP customers, relationships (+ access assignments and their partner group names) and legacy
 * contracts from Graph, customers from Partner Center. Graph failures are fatal — without them the
 * customer set is unknown; a Partner Center failure is recorded and the sync goes on.
 */
export async function readPartnerSide(deps: TenantsDeps, partner: PartnerConnection): Promise<PartnerSide> {
  const limit = deps.concurrency ?? 8;
  const graph = graphClient(partner.partnerTenantId, deps);
  const pc = createPartnerCenterClient({
    baseUrl: deps.endpoints.partnerCenter,
    getToken: async () => (await deps.broker.getAccessToken({ tenantId: partner.partnerTenantId, resource: "partnerCenter" })).token,
  });
  const errors: RunError[] = [];
  const [customers, rels, contracts, pcCustomers] = await Promise.all([
    listGdapCustomers(graph),
    listGdapRelationships(graph),
    listContracts(graph),
    pc.listCustomers().catch((e: unknown) => {
      errors.push(errorOf(e));
      return null;
    }),
  ]);
  const relationships = await withAssignments(graph, rels, limit);
  return {
    gdapCustomers: new Map(customers.map((c) => [c.tenantId.toLowerCase(), c.displayName])),
    relationships,
    contracts,
    pcCustomers,
    pc,
    errors,
  };
}

/** Adds each relationship's access assignments and the names of the partner groups they point at. */
export async function withAssignments(graph: GraphClient, rels: GdapRelationshipInfo[], limit: number): Promise<RelationshipWithAssignments[]> {
  const listed = await mapLimit(rels, limit, async (r) => ({
    ...r,
    assignments: ENDED.has(r.status) ? [] : await listGdapAccessAssignments(graph, r.id),
  }));
  const groupIds = [...new Set(listed.flatMap((r) => r.assignments.map((a) => a.groupId)))];
  const names = new Map(await mapLimit(groupIds, limit, async (id) => [id, (await getGroup(graph, id))?.displayName ?? null] as const));
  return listed.map((r) => ({ ...r, assignments: r.assignments.map((a) => ({ ...a, groupName: names.get(a.groupId) ?? null })) }));
}
