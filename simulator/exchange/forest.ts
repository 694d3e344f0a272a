import { createHash } from "node:crypto";
import type { Tenant } from "../world/types";

/** Where a tenant's Exchange organisation lives: names that appear in records and error texts. */
export interface Forest {
  /** a mailbox server, e.g. BL3P221MB0612.NAMP221.PROD.OUTLOOK.COM */
  server: string;
  /** a domain controller of the tenant's account forest */
  dc: string;
  database: string;
  /** OrganizationalUnit of the tenant's recipients */
  ou: string;
  /** DN suffix of recipients, for texts that quote an object's DN */
  dn: string;
}

const REGIONS: Record<string, { region: string; site: string }> = {
  US: { region: "NAM", site: "BN8" }, CA: { region: "CAN", site: "YQB" }, GB: { region: "GBR", site: "LO2" },
  AU: { region: "AUS", site: "SY4" },
};

const cache = new WeakMap<Tenant, Forest>();

export function forestOf(tenant: Tenant): Forest {
  const hit = cache.get(tenant);
  if (hit) return hit;
  const h = createHash("sha256").update(tenant.id).digest();
  const n = (i: number, mod: number, width: number) => String(h.readUInt16BE(i) % mod).padStart(width, "0");
  const { region, site } = REGIONS[tenant.directory.organization.countryLetterCode] ?? { region: "EUR", site: "AM4" };
  const forest = `${region}PR${n(0, 20, 2)}A${n(2, 20, 3)}`;
  const pod = `${region}P${n(4, 300, 3)}`;
  const f: Forest = {
    server: `${site}P${pod.slice(-3)}MB${n(6, 9999, 4)}.${pod}.PROD.OUTLOOK.COM`,
    dc: `${site}PR${forest.slice(5)}DC${n(8, 20, 2)}.${forest}.PROD.OUTLOOK.COM`,
    database: `${region}PR${n(0, 20, 2)}DG${n(10, 400, 3)}-db${n(12, 100, 3)}`,
    ou: `${forest.toLowerCase()}.prod.outlook.com/Microsoft Exchange Hosted Organizations/${tenant.initialDomain}`,
    dn: `OU=${tenant.initialDomain},OU=Microsoft Exchange Hosted Organizations,DC=${forest},DC=PROD,DC=OUTLOOK,DC=COM`,
  };
  cache.set(tenant, f);
  return f;
}
