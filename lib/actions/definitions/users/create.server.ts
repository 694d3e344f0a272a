import { AppError } from "@/lib/errors";
import { listDomains, listSubscribedSkus } from "@/lib/microsoft/graph/tenant-info";
import { addGroupMember, changeLicence, createUser as postUser, getGroupInfo, userExists } from "@/lib/microsoft/graph/user-admin";
import { actionBody, type ActionContext, type Change } from "../../body";
import { createUser } from "./create";
import { generatePassword } from "./reset-password.server";

type Input = { displayName: string; mailNickname: string; userPrincipalName: string; usageLocation: string; skuId?: string; groupIds?: string[] };

const invalid = (field: string, message: string, fixIt?: string) => new AppError("VALIDATION_FAILED", "Some fields are invalid.", { fields: { [field]: [message] }, fixIt });

/** Everything Microsoft would refuse, checked first so a half-made user (created, licence refused) is rare. */
async function plan(ctx: ActionContext, input: Input) {
  const domain = input.userPrincipalName.split("@")[1]!;
  const [domains, skus] = await Promise.all([listDomains(ctx.graph), input.skuId ? listSubscribedSkus(ctx.graph) : Promise.resolve([])]);
  if (!domains.some((d) => d.isVerified && d.id === domain)) {
    const verified = domains.filter((d) => d.isVerified).map((d) => d.id).join(", ");
    throw invalid("userPrincipalName", `${domain} is not a verified domain of this tenant`, `Use one of: ${verified}.`);
  }
  if (await userExists(ctx.graph, input.userPrincipalName)) throw new AppError("CONFLICT", `${input.userPrincipalName} already exists in this tenant.`);
  const sku = input.skuId ? skus.find((s) => s.skuId === input.skuId) : undefined;
  if (input.skuId && !sku) throw invalid("skuId", "is not one of this tenant's licences");
  if (sku && (sku.capabilityStatus !== "Enabled" || sku.enabled - sku.consumed <= 0)) {
    throw new AppError("CONFLICT", `No ${sku.skuPartNumber} seats are free (${sku.consumed} of ${sku.enabled} in use).`, { fixIt: "Buy more seats, or create the user without a licence." });
  }
  const groups = await Promise.all([...new Set(input.groupIds ?? [])].map((id) => getGroupInfo(ctx.graph, id)));
  return { sku, groups };
}

export default actionBody(createUser, {
  async preview(ctx, input) {
    const { sku, groups } = await plan(ctx, input);
    const changes: Change[] = [
      { field: "userPrincipalName", label: "Sign-in name", before: null, after: input.userPrincipalName },
      { field: "displayName", label: "Display name", before: null, after: input.displayName },
      { field: "mailNickname", label: "Mail nickname", before: null, after: input.mailNickname },
      { field: "usageLocation", label: "Usage location", before: null, after: input.usageLocation },
      { field: "password", label: "Password", before: null, after: "generated, shown once, changed at first sign-in" },
    ];
    if (sku) changes.push({ field: "assignedLicenses", label: sku.skuPartNumber, before: false, after: true });
    for (const g of groups) changes.push({ field: "memberOf", label: g.displayName, before: false, after: true });
    const notes = sku ? [`${sku.skuPartNumber}: ${sku.enabled - sku.consumed} of ${sku.enabled} seats free now.`] : [];
    return { target: { id: "", name: input.displayName, detail: `${input.userPrincipalName} · new` }, changes, notes };
  },

  async run(ctx, input) {
    const { sku, groups } = await plan(ctx, input);
    const password = generatePassword();
    const id = await postUser(ctx.graph, { ...input, password });
    if (sku) await changeLicence(ctx.graph, id, { add: sku.skuId });
    for (const g of groups) await addGroupMember(ctx.graph, g.id, id);
    const after = { id, userPrincipalName: input.userPrincipalName, displayName: input.displayName, usageLocation: input.usageLocation, licence: sku?.skuPartNumber ?? null, groups: groups.map((g) => g.displayName) };
    return {
      summary: `Created ${input.userPrincipalName}`,
      after,
      data: { user: { id, userPrincipalName: input.userPrincipalName, displayName: input.displayName }, password, forceChangePasswordNextSignIn: true },
    };
  },
});
