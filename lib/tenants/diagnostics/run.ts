import { isAppError } from "../../errors";
import { graphClient } from "../../microsoft/graph/client";
import { createPartnerCenterClient } from "../../microsoft/partner-center/client";
import { partnerConnection, type PartnerConnection, type TenantsDeps } from "../deps";
import { findTenantInScope } from "../find";
import type { TenantScope } from "../scope";
import { readConsent } from "../sync/customer";
import { refreshTenantGdap } from "../sync/refresh-gdap";
import type { DiagnosticStep, TenantDiagnostics } from "../types";
import { consentPresent, exchangeReachable, tokenStep } from "./access-checks";
import { gdapAssignments, type MemberCache } from "./assignments";
import { gdapActive, gdapRoles, type RelationshipInput } from "./gdap-checks";
import { skip } from "./steps";
import { saveDiagnostics } from "./store";

export interface DiagnosticsOptions {
  /** the bulk run this check belongs to */
  runId?: string | null;
  /** re-read the tenant's GDAP relationships from Graph first (on demand); bulk runs use the last sync's copy */
  liveGdap?: boolean;
  /** shared across a bulk run */
  partner?: PartnerConnection;
  memberCache?: MemberCache;
}

/**
 * The access check chain for one tenant. Every step reports one status and at most one fix-it.
 * Blocking failures (no usable GDAP, nobody assigned) skip the token and Exchange steps with the
 * reason; consent and role gaps don't block — the token steps then show Microsoft's own answer.
 */
export async function runTenantDiagnostics(deps: TenantsDeps, scope: TenantScope, tenantId: string, o: DiagnosticsOptions = {}): Promise<TenantDiagnostics> {
  const now = deps.now?.() ?? new Date();
  const tenant = await findTenantInScope(deps.prisma, scope, tenantId, {
    id: true, initialDomain: true, hasDapContract: true, inPartnerCenter: true,
    relationships: { include: { accessAssignments: true } },
  });
  const partner = o.partner ?? (await partnerConnection(deps.prisma));
  const partnerGraph = graphClient(partner.partnerTenantId, deps);
  let rels: RelationshipInput[] = tenant.relationships.map((r) => ({ ...r, assignments: r.accessAssignments }));
  // A failed re-read (throttling, an outage) falls back to the last sync's copy rather than no answer.
  if (o.liveGdap) rels = await refreshTenantGdap(deps, partner, tenant).catch((e: unknown) => (isAppError(e) ? rels : Promise.reject(e)));
  const id = tenant.id;

  const steps: DiagnosticStep[] = [];
  const active = gdapActive(id, rels, tenant.hasDapContract, now);
  steps.push(active);
  const viaDap = active.status !== "fail" && tenant.hasDapContract && !rels.some((r) => r.status === "active" || r.status === "expiring");
  const noGdap = active.status === "fail" ? "Skipped: no usable GDAP relationship (see the first step)." : viaDap ? "Skipped: access is through the legacy DAP contract, not GDAP roles." : null;
  steps.push(noGdap ? skip("gdap.roles", noGdap) : gdapRoles(id, rels));
  const assignments = noGdap ? skip("gdap.assignments", noGdap) : await gdapAssignments(id, rels, partner.samUpn, partnerGraph, o.memberCache ?? new Map());
  steps.push(assignments);

  const pc = createPartnerCenterClient({
    baseUrl: deps.endpoints.partnerCenter,
    getToken: async () => (await deps.broker.getAccessToken({ tenantId: partner.partnerTenantId, resource: "partnerCenter" })).token,
    http: { retry: { maxAttempts: 2 } },
  });
  const consent = tenant.inPartnerCenter ? await readConsent(pc, partner, id) : null;
  steps.push(consentPresent(id, consent));

  const noAccess = active.status === "fail" ? "Skipped: without a usable GDAP relationship no token can be issued." : assignments.status === "fail" ? "Skipped: the partner admin is not in an assigned partner group." : null;
  const graph = noAccess ? skip("token.graph", noAccess) : await tokenStep(deps.broker, id, "graph", id);
  const exchange = noAccess ? skip("token.exchange", noAccess) : await tokenStep(deps.broker, id, "exchange", id);
  steps.push(graph, exchange, await tokenStep(deps.broker, id, "partnerCenter", partner.partnerTenantId));

  if (exchange.status !== "pass") steps.push(skip("exchange.reachable", "Skipped: no Exchange token (see above)."));
  else if (!tenant.initialDomain) steps.push(skip("exchange.reachable", "Skipped: the tenant's initial .onmicrosoft.com domain is not known yet; run a customer sync."));
  else steps.push(await exchangeReachable(deps, id, tenant.initialDomain));

  return saveDiagnostics(deps.prisma, { tenantId: id, runId: o.runId ?? null, checkedAt: now, steps, consent });
}
