import type { ExchangeClient } from "./client";
import { reshapeDistributionGroup } from "./reshape";
import type { DistributionGroup, WriteResult } from "./types";
import { alreadyDone, written } from "./writes";

/** Distribution lists and mail-enabled security groups (not Microsoft 365 groups: those are Graph's). */
export async function getDistributionGroups(exo: ExchangeClient, o: { pageSize?: number } = {}): Promise<DistributionGroup[]> {
  const r = await exo.invoke("Get-DistributionGroup", { ResultSize: "Unlimited" }, { pageSize: o.pageSize });
  return r.records.map(reshapeDistributionGroup);
}

// As admins, partners rarely own the groups they maintain; without the bypass Exchange refuses
// changes to groups whose ManagedBy doesn't list the caller.
const MEMBER_PARAMS = { BypassSecurityGroupManagerCheck: true, Confirm: false };

export function addDistributionGroupMember(exo: ExchangeClient, group: string, member: string): Promise<WriteResult> {
  return alreadyDone(
    async () => written(await exo.invoke("Add-DistributionGroupMember", { Identity: group, Member: member, ...MEMBER_PARAMS })),
    ["MemberAlreadyExistsException"],
  );
}

export function removeDistributionGroupMember(exo: ExchangeClient, group: string, member: string): Promise<WriteResult> {
  return alreadyDone(
    async () => written(await exo.invoke("Remove-DistributionGroupMember", { Identity: group, Member: member, ...MEMBER_PARAMS })),
    ["MemberNotFoundException"],
  );
}
