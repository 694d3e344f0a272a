import type { AppRegistration, DapContract, DirectoryRole, Domain, SubscribedSku, Tenant } from "../world/types";
import { notFound, unsupportedQuery } from "./errors";
import { collection, entity, type EntitySpec } from "./odata/collection";
import { route, type Call, type GraphScope } from "./route";
import { fullApplication, fullContract, fullDirectoryRole, fullDomain, fullGroup, fullOrganization, fullSubscribedSku } from "./serialize/directory";
import { userAsMember } from "./serialize/user";

const propsOf = (o: Record<string, unknown>) => new Set(Object.keys(o));

const domainSpec: EntitySpec<Domain> = {
  typeName: "microsoft.graph.domain", resource: "Domain", metadata: "$metadata#domains", full: fullDomain,
  props: propsOf(fullDomain({ id: "", isDefault: false, isInitial: false, isVerified: false, authenticationType: "Managed", supportedServices: [] })),
  pageSize: 1000, maxTop: 1000,
};

const orgSpec: EntitySpec<Tenant> = {
  typeName: "microsoft.graph.organization", resource: "Organization", metadata: "$metadata#organization", full: fullOrganization,
  props: new Set(), pageSize: 1, maxTop: 1,
};

const SAMPLE_SKU: SubscribedSku = {
  skuId: "", skuPartNumber: "", capabilityStatus: "Enabled", appliesTo: "User", servicePlans: [], subscriptionIds: [],
  prepaidUnits: { enabled: 0, lockedOut: 0, suspended: 0, warning: 0 },
};

const skuSpec = (tenant: Tenant): EntitySpec<SubscribedSku> => ({
  typeName: "microsoft.graph.subscribedSku", resource: "SubscribedSku", metadata: "$metadata#subscribedSkus",
  full: (s) => fullSubscribedSku(tenant, s), props: propsOf(fullSubscribedSku(tenant, SAMPLE_SKU)),
  pageSize: 1000, maxTop: 1000,
});

const roleSpec: EntitySpec<DirectoryRole> = {
  typeName: "microsoft.graph.directoryRole", resource: "DirectoryRole", metadata: "$metadata#directoryRoles", full: fullDirectoryRole,
  props: new Set(["id", "deletedDateTime", "description", "displayName", "roleTemplateId"]), pageSize: 1000, maxTop: 1000,
};

const appSpec: EntitySpec<AppRegistration> = {
  typeName: "microsoft.graph.application", resource: "Application", metadata: "$metadata#applications", full: fullApplication,
  props: new Set(), directory: true, pageSize: 100, maxTop: 999, sortable: ["displayName"], searchable: ["displayName", "appId"],
};

const contractSpec: EntitySpec<DapContract> = {
  typeName: "microsoft.graph.contract", resource: "Contract", metadata: "$metadata#contracts", full: fullContract,
  props: new Set(["id", "deletedDateTime", "contractType", "customerId", "defaultDomainName", "displayName"]), pageSize: 100, maxTop: 999,
};

const find = <T extends { id: string }>(items: Iterable<T>, id: string) => {
  for (const x of items) if (x.id.toLowerCase() === id.toLowerCase()) return x;
  throw notFound(id);
};

const apps = (call: Call) => (call.tenant.isPartner ? [...call.ctx.world.apps.values()] : []);

export function tenantRoutes(s: GraphScope): void {
  route(s, "GET", "/domains", "graph.domains.list", (call) => collection(call, call.tenant.domains, domainSpec, { paged: false }));
  route(s, "GET", "/domains/:id", "graph.domains.get", (call) => entity(call, domainSpec, find(call.tenant.domains, call.params.id!)));

  const org = (call: Call) => ({ ...orgSpec, props: propsOf(fullOrganization(call.tenant)) });
  route(s, "GET", "/organization", "graph.organization.list", (call) => collection(call, [call.tenant], org(call), { paged: false }));
  route(s, "GET", "/organization/:id", "graph.organization.get", (call) => {
    if (call.params.id!.toLowerCase() !== call.tenant.id) throw notFound(call.params.id!);
    return entity(call, org(call), call.tenant);
  });

  route(s, "GET", "/subscribedSkus", "graph.subscribedSkus.list", (call) => {
    if (call.query.filter !== undefined || call.query.orderby !== undefined) throw unsupportedQuery("Unsupported query.");
    return collection(call, call.dir.subscribedSkus, skuSpec(call.tenant), { paged: false });
  });
  route(s, "GET", "/subscribedSkus/:id", "graph.subscribedSkus.get", (call) => {
    const sku = call.dir.subscribedSkus.find((x) => `${call.tenant.id}_${x.skuId}` === call.params.id!.toLowerCase());
    if (!sku) throw notFound(call.params.id!);
    return entity(call, skuSpec(call.tenant), sku);
  });

  route(s, "GET", "/directoryRoles", "graph.directoryRoles.list", (call) => collection(call, call.dir.directoryRoles, roleSpec, { paged: false }));
  route(s, "GET", "/directoryRoles/:id", "graph.directoryRoles.get", (call) => entity(call, roleSpec, find(call.dir.directoryRoles, call.params.id!)));
  route(s, "GET", "/directoryRoles/:id/members", "graph.directoryRoleMembers.list", (call) => {
    const role = find(call.dir.directoryRoles, call.params.id!);
    const value = [...role.members].flatMap((id) => {
      const u = call.dir.users.get(id);
      if (u) return [userAsMember(call.ctx, call.tenant, u)];
      const g = call.dir.groups.get(id);
      return g ? [{ "@odata.type": "#microsoft.graph.group", ...fullGroup(g) }] : [];
    });
    return { body: { "@odata.context": `${call.base}/$metadata#directoryObjects`, value } };
  });

  const app = () => ({ ...appSpec, props: propsOf(fullApplication([...s.ctx.world.apps.values()][0]!)) });
  route(s, "GET", "/applications", "graph.applications.list", (call) => collection(call, apps(call), app()));
  route(s, "GET", "/applications/:id", "graph.applications.get", (call) => entity(call, app(), find(apps(call), call.params.id!)));

  route(s, "GET", "/contracts", "graph.contracts.list", (call) =>
    collection(call, call.tenant.isPartner ? call.ctx.world.contracts : [], contractSpec),
  );
}
