import { findTenant } from "../../../simulator/world/access";
import type { Group, SubscribedSku } from "../../../simulator/world/types";
import type { ActionsHarness } from "./harness";

// Simulator objects the licence and group action tests act on, read straight from its world.

/** A licence with seats to spare (the free Power Automate SKU has 10,000). */
export const roomySku = (h: ActionsHarness): SubscribedSku =>
  findTenant(h.sim.ctx.world, h.tenant)!.directory.subscribedSkus.find((s) => s.skuPartNumber === "FLOW_FREE")!;

/** A security group every generated tenant has. */
export const vpnGroup = (h: ActionsHarness): Group =>
  [...findTenant(h.sim.ctx.world, h.tenant)!.directory.groups.values()].find((g) => g.displayName === "SG-VPN Users")!;
