import { SKUS } from "../../world/catalog";
import type { ServicePlan, Tenant, User } from "../../world/types";
import { seconds } from "./time";

/** Service names Graph reports in assignedPlans / provisionedPlans, by service plan name prefix. */
const SERVICE_BY_PLAN: [RegExp, string][] = [
  [/^EXCHANGE/, "exchange"],
  [/^AAD_PREMIUM/, "AADPremiumService"],
  [/^INTUNE/, "SCO"],
  [/^SHAREPOINT/, "SharePoint"],
  [/^TEAMS/, "TeamspaceAPI"],
  [/^FLOW/, "ProcessSimple"],
  [/^ADALLOM/, "Adallom"],
];

export const serviceOf = (planName: string) => SERVICE_BY_PLAN.find(([re]) => re.test(planName))?.[1] ?? planName;

function plansOf(tenant: Tenant, skuId: string): readonly ServicePlan[] {
  const own = tenant.directory.subscribedSkus.find((s) => s.skuId === skuId);
  return own?.servicePlans ?? SKUS.find((s) => s.skuId === skuId)?.servicePlans ?? [];
}

function enabledPlans(tenant: Tenant, u: User): ServicePlan[] {
  return u.assignedLicenses.flatMap((l) => plansOf(tenant, l.skuId).filter((p) => !l.disabledPlans.includes(p.servicePlanId)));
}

export function assignedPlans(tenant: Tenant, u: User) {
  return enabledPlans(tenant, u).map((p) => ({
    assignedDateTime: seconds(u.createdDateTime), capabilityStatus: "Enabled", service: serviceOf(p.servicePlanName), servicePlanId: p.servicePlanId,
  }));
}

export function provisionedPlans(u: User) {
  return u.assignedLicenses.flatMap((l) =>
    (SKUS.find((s) => s.skuId === l.skuId)?.servicePlans ?? [])
      .filter((p) => !l.disabledPlans.includes(p.servicePlanId))
      .map((p) => ({ capabilityStatus: "Enabled", provisioningStatus: "Success", service: serviceOf(p.servicePlanName) })),
  );
}

/** Seats in use: users holding the SKU (computed, never stored, so assignLicense keeps it right). */
export function consumedUnits(tenant: Tenant, skuId: string): number {
  let n = 0;
  for (const u of tenant.directory.users.values()) if (u.assignedLicenses.some((l) => l.skuId === skuId)) n++;
  return n;
}
