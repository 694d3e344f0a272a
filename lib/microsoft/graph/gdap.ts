import type { PageCollection } from "@microsoft/microsoft-graph-client";
import { graphCall, graphGetAll, type GraphClient } from "./client";
import type { GdapCustomer } from "./types";

// GDAP lives in the partner tenant: `gc` must act at the partner tenant.
const CUSTOMERS = "/tenantRelationships/delegatedAdminCustomers";

interface RawCustomer {
  id: string;
  tenantId?: string;
  displayName?: string;
}

const reshape = (c: RawCustomer): GdapCustomer => ({ tenantId: c.tenantId ?? c.id, displayName: c.displayName ?? c.tenantId ?? c.id });

/** Every customer the partner has a GDAP relationship with, all pages. */
export async function listGdapCustomers(gc: GraphClient, o: { pageSize?: number } = {}): Promise<GdapCustomer[]> {
  const raw = await graphGetAll<RawCustomer>(gc, (sdk) => sdk.api(CUSTOMERS).select(["id", "tenantId", "displayName"]).top(o.pageSize ?? 300).get());
  return raw.map(reshape);
}

/** The number of GDAP customers: one request via $count, or a full listing if the count is absent. */
export async function countGdapCustomers(gc: GraphClient): Promise<number> {
  const page = await graphCall(gc, (sdk): Promise<PageCollection & { "@odata.count"?: number }> =>
    sdk.api(CUSTOMERS).select(["id"]).top(1).count(true).get(),
  );
  if (typeof page["@odata.count"] === "number") return page["@odata.count"];
  return (await listGdapCustomers(gc)).length;
}

/** The first `n` GDAP customers (one request), e.g. to try a customer token during setup. */
export async function firstGdapCustomers(gc: GraphClient, n: number): Promise<GdapCustomer[]> {
  const page = await graphCall(gc, (sdk): Promise<{ value: RawCustomer[] }> => sdk.api(CUSTOMERS).select(["id", "tenantId", "displayName"]).top(n).get());
  return page.value.map(reshape);
}
