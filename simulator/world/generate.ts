import { Rng, stableUuid } from "../core/random";
import { COMPANY_SUFFIXES, COMPANY_WORDS, RESOURCE } from "./catalog";
import { generateDirectory } from "./directory";
import { relationshipsFor } from "./gdap";
import { generatePartner } from "./partner";
import { plantPhishing } from "./phishing";
import type { ApplicationConsent, ApplicationGrant, Directory, Domain, Tenant, TenantHealth, World } from "./types";

export interface WorldOptions {
  seed: string;
  tenants: number;
  /** simulated "now" at generation; defaults to the real clock */
  epochMs?: number;
}

/** Seeded problem cases, one customer each, right after the first healthy customer. */
export const HEALTH_CASES: TenantHealth[] = [
  "healthy", "no-consent", "ca-blocked", "expired", "no-exchange-role", "expiring", "ga-auto-extend-blocked",
  "mlt-only", "dap-only", "exchange-consent-missing", "gdap-pending",
];

/** Graph + Exchange grants as an MSP's onboarding creates them through Partner Center. */
export function fullConsent(appId: string, displayName: string, at: string, exchange = true): ApplicationConsent {
  const grants: ApplicationGrant[] = [{ enterpriseApplicationId: RESOURCE.graph.appId, scope: "Directory.AccessAsUser.All,User.ReadWrite.All,Group.ReadWrite.All,UserAuthenticationMethod.ReadWrite.All,Organization.Read.All,Domain.Read.All" }];
  if (exchange) grants.push({ enterpriseApplicationId: RESOURCE.exchange.appId, scope: "Exchange.Manage" });
  return { applicationId: appId, displayName, applicationGrants: grants, createdDateTime: at };
}

export function generateWorld(opts: WorldOptions): World {
  const epochMs = opts.epochMs ?? Date.now();
  const partner = generatePartner(opts.seed, epochMs);
  const world: World = {
    seed: opts.seed, epochMs, partner: partner.tenant, customers: [], tenantsById: new Map(), tenantsByDomain: new Map(),
    samApp: partner.samApp, signInApp: partner.signInApp,
    apps: new Map([[partner.samApp.appId, partner.samApp], [partner.signInApp.appId, partner.signInApp]]),
    personas: partner.personas, partnerGroups: partner.groups, gdapRelationships: [], contracts: [],
  };
  index(world, partner.tenant);
  const usedSlugs = new Set<string>();
  for (let i = 0; i < opts.tenants; i++) {
    const tenant = customerTenant(world, i, usedSlugs);
    world.customers.push(tenant);
    index(world, tenant);
    const rng = new Rng(opts.seed, `tenant:${i}:gdap`);
    world.gdapRelationships.push(...relationshipsFor(rng, world, tenant));
    if (tenant.health === "dap-only") {
      world.contracts.push({ id: rng.uuid(), contractType: "DelegatedAdminPartner", customerId: tenant.id, defaultDomainName: tenant.defaultDomain, displayName: tenant.displayName });
    }
  }
  return world;
}

function index(world: World, tenant: Tenant): void {
  world.tenantsById.set(tenant.id, tenant);
  for (const d of tenant.domains) world.tenantsByDomain.set(d.id.toLowerCase(), tenant);
}

function customerTenant(world: World, i: number, usedSlugs: Set<string>): Tenant {
  const rng = new Rng(world.seed, `tenant:${i}`);
  const health: TenantHealth = i < HEALTH_CASES.length ? HEALTH_CASES[i]! : "healthy";
  let name = `${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_SUFFIXES)}`;
  let slug = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (usedSlugs.has(slug)) {
    name = `${name} ${i}`;
    slug = `${slug}${i}`;
  }
  usedSlugs.add(slug);
  const id = rng.uuid();
  const initialDomain = `${slug}.onmicrosoft.com`;
  const vanity = rng.chance(0.9);
  const defaultDomain = vanity ? `${slug}.${rng.pick(["com", "co.uk", "net", "org", "com.au"])}` : initialDomain;
  const domains: Domain[] = [
    { id: initialDomain, isDefault: !vanity, isInitial: true, isVerified: true, authenticationType: "Managed", supportedServices: ["Email", "OfficeCommunicationsOnline"] },
  ];
  if (vanity) domains.push({ id: defaultDomain, isDefault: true, isInitial: false, isVerified: true, authenticationType: "Managed", supportedServices: ["Email", "OfficeCommunicationsOnline", "Intune"] });
  const userCount = rng.int(10, 300);
  const consents = new Map<string, ApplicationConsent>();
  const consentAt = new Date(world.epochMs - rng.int(10, 300) * 86_400_000).toISOString();
  if (health !== "no-consent") {
    consents.set(world.samApp.appId, fullConsent(world.samApp.appId, world.samApp.displayName, consentAt, health !== "exchange-consent-missing"));
  }
  let directory: Directory | undefined;
  const tenant: Tenant = {
    id, displayName: name, isPartner: false, domains, initialDomain, defaultDomain, health,
    blocksPartnerUsers: health === "ca-blocked", consents,
    get directoryGenerated() {
      return directory !== undefined;
    },
    get directory() {
      if (!directory) {
        directory = generateDirectory({
          seed: world.seed, label: `tenant:${i}:directory`, tenantId: id, displayName: name, initialDomain, defaultDomain,
          epochMs: world.epochMs, userCount, partnerTenantType: null,
        });
        if (i === 0) plantPhishing(new Rng(world.seed, `tenant:${i}:phish`), directory);
      }
      return directory;
    },
  };
  return tenant;
}

export { stableUuid };
