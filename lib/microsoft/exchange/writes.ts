import { isAppError } from "../../errors";
import type { InvokeResult } from "./client";
import type { WriteResult } from "./types";

/**
 * Warnings with which Exchange reports a write that found nothing to do. The cmdlet succeeds (200),
 * so without reading them an audit row would claim a change that never happened.
 */
const NO_OP_WARNINGS = [
  /completed successfully but no settings of .* have been modified/i,
  /appropriate access control entry is already present/i,
  /because the ACE doesn't exist on the object/i,
];

export const isNoOpWarning = (warning: string) => NO_OP_WARNINGS.some((re) => re.test(warning));

export function written(r: InvokeResult<unknown>): WriteResult {
  return { changed: !r.warnings.some(isNoOpWarning), warnings: r.warnings, requestIds: r.requestIds };
}

export const unchanged = (requestIds: string[] = [], warnings: string[] = []): WriteResult => ({ changed: false, warnings, requestIds });

/**
 * Some cmdlets report "already so" as an error rather than a warning (Add-DistributionGroupMember on
 * a member: MemberAlreadyExistsException). For an idempotent API those are `changed: false`.
 */
export async function alreadyDone(run: () => Promise<WriteResult>, exceptions: readonly string[]): Promise<WriteResult> {
  try {
    return await run();
  } catch (e) {
    if (isAppError(e) && exceptions.includes(String(e.upstream?.code))) {
      return unchanged(e.upstream?.requestId ? [e.upstream.requestId] : [], [e.message]);
    }
    throw e;
  }
}
