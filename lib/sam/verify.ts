import { AppError } from "../errors";
import { countGdapCustomers, firstGdapCustomers, graphClient } from "../microsoft/graph/operations";
import type { SamDeps } from "./deps";
import { SINGLETON } from "./deps";
import { refreshSecretExpiry } from "./secret-expiry";

const MAX_CUSTOMER_TRIES = 5;

export type CheckId = "partner_token" | "gdap_customers" | "customer_token";

export interface CheckFailure {
  code: string;
  message: string;
  fixIt?: string;
}

export interface CustomerAttempt {
  tenantId: string;
  displayName: string;
  ok: boolean;
  error?: CheckFailure;
}

export interface VerifyCheck {
  id: CheckId;
  title: string;
  ok: boolean;
  /** what happened, in words; never a token */
  detail: string;
  error?: CheckFailure;
  attempts?: CustomerAttempt[];
}

export interface VerifyResult {
  ok: boolean;
  checks: VerifyCheck[];
  customerCount?: number;
  customer?: { tenantId: string; displayName: string };
  secretExpiresAt?: string | null;
}

const failure = (e: unknown): CheckFailure => {
  const err = e instanceof AppError ? e : new AppError("INTERNAL", "Unexpected error.");
  return { code: err.code, message: err.message, fixIt: err.fixIt };
};

/**
 * Step 3: proves the chain end to end — a partner Graph token, the GDAP customer count read with
 * it, then a Graph token minted in a customer tenant (the first of up to five that works, with
 * every failure reported). A later check is skipped when an earlier one failed.
 */
export async function runVerify(deps: Pick<SamDeps, "prisma" | "broker" | "endpoints">): Promise<VerifyResult> {
  const conn = await deps.prisma.samConnection.findUnique({ where: SINGLETON });
  if (!conn || conn.status !== "connected") throw new AppError("NOT_CONNECTED", "Connect as partner admin first (step 2).");
  const checks: VerifyCheck[] = [];
  const result: VerifyResult = { ok: false, checks };
  const partner = conn.partnerTenantId;
  // Prove the chain as it is now, not as cached: every token below is minted fresh.
  deps.broker.invalidate(partner);
  try {
    await deps.broker.getAccessToken({ tenantId: partner, resource: "graph" });
    checks.push({ id: "partner_token", title: "Partner token", ok: true, detail: "Minted a Microsoft Graph token for the partner tenant." });
  } catch (e) {
    checks.push({ id: "partner_token", title: "Partner token", ok: false, detail: "Could not mint a Graph token for the partner tenant.", error: failure(e) });
    return result;
  }
  const gc = graphClient(partner, deps);
  try {
    result.customerCount = await countGdapCustomers(gc);
    checks.push({ id: "gdap_customers", title: "GDAP customers", ok: true, detail: `Found ${result.customerCount} GDAP customer${result.customerCount === 1 ? "" : "s"}.` });
  } catch (e) {
    checks.push({ id: "gdap_customers", title: "GDAP customers", ok: false, detail: "Could not read the GDAP customers.", error: failure(e) });
    return result;
  }
  checks.push(await customerToken(deps, gc, result));
  result.ok = checks.every((c) => c.ok);
  // Best effort: the health panel shows it, but setup does not depend on reading the app.
  result.secretExpiresAt = (await refreshSecretExpiry(deps.prisma, deps).catch(() => null))?.toISOString() ?? null;
  return result;
}

async function customerToken(deps: Pick<SamDeps, "broker">, gc: ReturnType<typeof graphClient>, result: VerifyResult): Promise<VerifyCheck> {
  const title = "Customer token";
  let candidates;
  try {
    candidates = await firstGdapCustomers(gc, MAX_CUSTOMER_TRIES);
  } catch (e) {
    return { id: "customer_token", title, ok: false, detail: "Could not list GDAP customers to try.", error: failure(e) };
  }
  if (candidates.length === 0) return { id: "customer_token", title, ok: false, detail: "There is no GDAP customer to try yet." };
  const attempts: CustomerAttempt[] = [];
  for (const c of candidates) {
    deps.broker.invalidate(c.tenantId);
    try {
      await deps.broker.getAccessToken({ tenantId: c.tenantId, resource: "graph" });
      attempts.push({ ...c, ok: true });
      result.customer = c;
      return { id: "customer_token", title, ok: true, detail: `Minted a Graph token for ${c.displayName}.`, attempts };
    } catch (e) {
      attempts.push({ ...c, ok: false, error: failure(e) });
    }
  }
  return { id: "customer_token", title, ok: false, detail: `Could not mint a Graph token for any of the ${attempts.length} customers tried.`, attempts };
}
