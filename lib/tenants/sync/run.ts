import { invalidateTenantSnapshot } from "../list/snapshot";
import { partnerConnection, type TenantsDeps } from "../deps";
import { mapLimit } from "../pool";
import { createRun, errorOf, runTracker } from "../runs";
import { readCustomer } from "./customer";
import { readPartnerSide, type RelationshipWithAssignments } from "./partner";
import { markRemoved, writeTenant } from "./store";

export interface SyncResult {
  runId: string;
  status: "succeeded" | "failed";
  tenants: number;
  failed: number;
  removed: number;
}

/**
 * The customer sync: read the partner side, then every customer (bounded concurrency), write each
 * tenant on its own, then mark the ones that disappeared. A customer that cannot be read is written
 * with what the partner side knows and its error; only partner-side failures fail the run.
 */
export async function syncTenants(deps: TenantsDeps, o: { runId?: string; requestedBy?: string | null } = {}): Promise<SyncResult> {
  const { prisma } = deps;
  const now = deps.now ?? (() => new Date());
  const runId = o.runId ?? (await createRun(prisma, "tenants.sync", { requestedBy: o.requestedBy }));
  const run = runTracker(prisma, runId);
  try {
    const partner = await partnerConnection(prisma);
    const side = await readPartnerSide(deps, partner);
    run.state.errors.push(...side.errors);

    const byTenant = new Map<string, RelationshipWithAssignments[]>();
    for (const r of side.relationships) if (r.customerTenantId) byTenant.set(r.customerTenantId, [...(byTenant.get(r.customerTenantId) ?? []), r]);
    const pc = new Map((side.pcCustomers ?? []).map((c) => [c.tenantId, c]));
    const contracts = new Map(side.contracts.map((c) => [c.customerTenantId, c]));
    const ids = [...new Set([...side.gdapCustomers.keys(), ...byTenant.keys(), ...contracts.keys(), ...pc.keys()])]
      .filter((id) => id && id !== partner.partnerTenantId);

    await run.start(ids.length);
    await mapLimit(ids, deps.concurrency ?? 8, async (id) => {
      const rels = byTenant.get(id) ?? [];
      const inPartnerCenter = side.pcCustomers ? pc.has(id) : undefined;
      try {
        const read = await readCustomer(deps, partner, side.pc, id, inPartnerCenter ?? true);
        await writeTenant(prisma, {
          id,
          partnerName: side.gdapCustomers.get(id) || rels[0]?.customerDisplayName || pc.get(id)?.companyName || contracts.get(id)?.displayName || "",
          partnerDomain: pc.get(id)?.defaultDomain || contracts.get(id)?.defaultDomain || null,
          inGdap: side.gdapCustomers.has(id) || rels.length > 0,
          inPartnerCenter,
          hasDapContract: contracts.has(id),
          relationships: rels,
          read,
        }, now());
        run.step(read.error);
      } catch (e) {
        // A write failing for one tenant (bad data, a constraint) is that tenant's problem only.
        run.step(errorOf(e, id));
      }
    });

    // A source that did not answer could be hiding tenants that still exist: mark none as removed then.
    const complete = side.pcCustomers !== null;
    const removed = complete ? await markRemoved(prisma, new Set(ids), now()) : 0;
    run.state.counts = { tenants: ids.length, relationships: side.relationships.length, removed, removalChecked: complete };
    await run.finish("succeeded");
    return { runId, status: "succeeded", tenants: ids.length, failed: run.state.failed, removed };
  } catch (e) {
    await run.finish("failed", errorOf(e));
    return { runId, status: "failed", tenants: run.state.done, failed: run.state.failed, removed: 0 };
  } finally {
    invalidateTenantSnapshot(prisma);
  }
}
