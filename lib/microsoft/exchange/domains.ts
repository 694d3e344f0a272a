import { AppError } from "../../errors";

/** What resolveInitialDomain needs of Graph's `domain` resource (GET /domains). */
export interface DomainInfo {
  id: string;
  isInitial?: boolean;
  isDefault?: boolean;
}

/**
 * The tenant's initial `*.onmicrosoft.com` domain, the name Exchange Online must be addressed by.
 * Partner Center's `companyProfile.domain` and GDAP's customer record give the default domain, often a
 * vanity one, so the answer has to come from the tenant itself. `isInitial` decides; the name pattern
 * is the fallback for answers without it (never `*.mail.onmicrosoft.com`, which is a routing domain).
 */
export function pickInitialDomain(domains: readonly DomainInfo[]): string | undefined {
  const flagged = domains.find((d) => d.isInitial === true);
  if (flagged) return flagged.id.toLowerCase();
  const byName = domains.filter((d) => /^[^.]+\.onmicrosoft\.com$/i.test(d.id));
  return byName.length === 1 ? byName[0]!.id.toLowerCase() : undefined;
}

/**
 * Takes the domain lookup as a function so this module doesn't depend on the Graph client: pass
 * `() => listDomains(graph)` (or a stored copy from the customer sync).
 */
export async function resolveInitialDomain(listDomains: () => Promise<readonly DomainInfo[]>): Promise<string> {
  const initial = pickInitialDomain(await listDomains());
  if (!initial) {
    throw new AppError("MICROSOFT_NOT_FOUND", "The tenant's initial .onmicrosoft.com domain could not be found in its domain list.", {
      fixIt: "Run a customer sync. If it persists, check the tenant's domains in the Microsoft 365 admin center.",
    });
  }
  return initial;
}
