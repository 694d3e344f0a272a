import { AppError } from "@/lib/errors";
import { listSubscribedSkus, type TenantSku } from "@/lib/microsoft/graph/tenant-info";
import { changeLicence, getUserProfile } from "@/lib/microsoft/graph/user-admin";
import type { ActionBody, ActionContext } from "../../body";
import { previewTarget, resolveUser, who } from "./user.server";

type Input = { user: string; skuId: string };

const seats = (s: TenantSku) => Math.max(0, s.enabled - s.consumed);
const name = (s: TenantSku) => s.skuPartNumber || s.skuId;

/** The user, the SKU and what they hold, read from the tenant; refuses what Microsoft would refuse, in our words. */
async function plan(ctx: ActionContext, input: Input, assign: boolean) {
  const user = await resolveUser(ctx, input.user);
  const [profile, skus] = await Promise.all([getUserProfile(ctx.graph, user.id), listSubscribedSkus(ctx.graph)]);
  const sku = skus.find((s) => s.skuId === input.skuId);
  if (!sku) {
    throw new AppError("VALIDATION_FAILED", "This tenant has no subscription with that licence.", {
      fields: { skuId: ["is not one of this tenant's licences"] },
      fixIt: "Pick a licence from the tenant's subscriptions.",
    });
  }
  const holds = profile.assignedSkuIds.includes(sku.skuId);
  if (assign && holds) throw new AppError("CONFLICT", `${who(user)} already has ${name(sku)}.`);
  if (!assign && !holds) throw new AppError("CONFLICT", `${who(user)} does not have ${name(sku)}.`);
  if (assign && (sku.capabilityStatus !== "Enabled" || seats(sku) === 0)) {
    throw new AppError("CONFLICT", `No ${name(sku)} seats are free (${sku.consumed} of ${sku.enabled} in use).`, {
      fixIt: "Buy more seats for the customer, or remove this licence from someone who no longer needs it.",
    });
  }
  if (assign && !profile.values.usageLocation) {
    throw new AppError("CONFLICT", `${who(user)} has no usage location, which Microsoft needs before assigning a licence.`, {
      fixIt: "Set the usage location first (Edit properties).",
    });
  }
  return { user, sku };
}

export function licenceBody(assign: boolean): ActionBody {
  return {
    async preview(ctx: ActionContext, input: Input) {
      const { user, sku } = await plan(ctx, input, assign);
      const free = seats(sku);
      return {
        target: previewTarget(user),
        changes: [{ field: "assignedLicenses", label: name(sku), before: !assign, after: assign }],
        notes: [`${name(sku)}: ${free} of ${sku.enabled} seats free now, ${assign ? free - 1 : free + 1} after.`],
      };
    },

    async run(ctx: ActionContext, input: Input) {
      const { user, sku } = await plan(ctx, input, assign);
      await changeLicence(ctx.graph, user.id, assign ? { add: sku.skuId } : { remove: sku.skuId });
      return {
        summary: `${assign ? "Assigned" : "Removed"} ${name(sku)} ${assign ? "to" : "from"} ${user.userPrincipalName}`,
        before: { skuId: sku.skuId, assigned: !assign, seatsFree: seats(sku) },
        after: { skuId: sku.skuId, assigned: assign, seatsFree: seats(sku) + (assign ? -1 : 1) },
        data: { user: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName }, skuId: sku.skuId, skuPartNumber: sku.skuPartNumber },
      };
    },
  };
}
