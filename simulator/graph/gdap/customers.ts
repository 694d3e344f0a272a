import { stableUuid } from "../../core/random";
import type { Tenant } from "../../world/types";
import { GraphError } from "../errors";
import { collection, entity, type EntitySpec } from "../odata/collection";
import { route, type Call, type GraphScope } from "../route";
import { customersOf, newEtag, requireRead } from "./model";

const customerSpec: EntitySpec<Tenant> = {
  typeName: "microsoft.graph.delegatedAdminCustomer", resource: "DelegatedAdminCustomer",
  metadata: "tenantRelationships/$metadata#delegatedAdminCustomers",
  full: (t) => ({ id: t.id, tenantId: t.id, displayName: t.displayName }),
  annotate: (t) => ({ "@odata.type": "#microsoft.graph.delegatedAdminCustomer", "@odata.etag": newEtag(`customer:${t.id}`) }),
  props: new Set(["id", "tenantId", "displayName"]), sortable: ["id", "tenantId", "displayName"], pageSize: 300, maxTop: 300,
};

/** Where a partner manages each service for this customer (admin portals with the customer in context). */
function serviceManagementDetails(seed: string, t: Tenant) {
  const d = t.initialDomain;
  const services: [string, string][] = [
    ["Azure Active Directory", `https://aad.portal.azure.com/${d}`],
    ["Microsoft 365 Lighthouse", "https://lighthouse.microsoft.com"],
    ["Exchange", `https://admin.exchange.microsoft.com/?landingpage=homepage&form=mac_sidebar&delegatedOrg=${d}`],
    ["Teams", `https://admin.teams.microsoft.com/?delegatedOrg=${d}`],
    ["Microsoft Intune", `https://intune.microsoft.com/${d}`],
  ];
  return services.map(([serviceName, serviceManagementUrl]) => ({
    "@odata.type": "#microsoft.graph.delegatedAdminServiceManagementDetail",
    id: stableUuid(seed, `smd:${t.id}:${serviceName}`), serviceManagementUrl, serviceName,
  }));
}

function customer(call: Call): Tenant {
  const t = customersOf(call.ctx).find((c) => c.id === call.params.id!.toLowerCase());
  if (!t) throw new GraphError(404, "notFound", `The delegatedAdminCustomer '${call.params.id}' was not found.`);
  return t;
}

export function gdapCustomerRoutes(s: GraphScope): void {
  const base = "/tenantRelationships/delegatedAdminCustomers";
  const own = { ownGate: true };
  route(s, "GET", base, "graph.gdap.customers.list", (call) => {
    requireRead(call);
    return collection(call, customersOf(call.ctx), customerSpec);
  }, own);
  route(s, "GET", `${base}/:id`, "graph.gdap.customers.get", (call) => {
    requireRead(call);
    return entity(call, customerSpec, customer(call));
  }, own);
  route(s, "GET", `${base}/:id/serviceManagementDetails`, "graph.gdap.customers.serviceManagementDetails", (call) => {
    requireRead(call);
    const t = customer(call);
    return {
      body: {
        "@odata.context": `${call.base}/tenantRelationships/$metadata#delegatedAdminCustomers/${t.id}/serviceManagementDetails`,
        value: serviceManagementDetails(call.ctx.world.seed, t),
      },
    };
  }, own);
}
