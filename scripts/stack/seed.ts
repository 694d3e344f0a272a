import { createPrismaClient } from "../../lib/db/client";
import { seedRoleMappingsFromSimulator } from "../seed-dev";
import { prefillSamApp } from "../../lib/sam/prefill";
import type { SimWorld } from "./index";

/**
 * Demo and e2e start from the same place: Tenantry's role groups mapped, and the SAM app
 * registration stored (secret encrypted) so the wizard opens pre-filled. The consent itself
 * is still done interactively, as a partner admin would.
 */
export async function seedFromSimulator(databaseUrl: string, env: Record<string, string>, simulatorUrl: string, world: SimWorld): Promise<void> {
  Object.assign(process.env, env); // the keyring reads the master key from the environment
  const prisma = createPrismaClient(databaseUrl);
  try {
    await seedRoleMappingsFromSimulator(prisma, simulatorUrl);
    await prefillSamApp(prisma, { partnerTenantId: world.partnerTenantId, clientId: world.samApp.clientId, clientSecret: world.samApp.clientSecret });
  } finally {
    await prisma.$disconnect();
  }
}
