// `npm run db:seed [-- <simulator url>]`: development seed. Maps the simulator partner tenant's four
// Tenantry groups to roles, as an MSP admin would map their own groups in Settings → Access.
// Uses DATABASE_URL; the simulator URL comes from the argument or SIMULATOR_URL.
import { SYSTEM_ACTOR } from "../lib/audit/events";
import { upsertRoleMappings, type RoleMappingInput } from "../lib/auth/role-mappings";
import type { Role } from "../lib/auth/roles";
import { createPrismaClient } from "../lib/db/client";
import type { PrismaClient } from "../lib/generated/prisma/client";

/** The simulator's partnerGroups keys for Tenantry's own groups, and the role each grants. */
export const SIMULATOR_GROUP_ROLES: Record<string, Role> = {
  tenantryAdmins: "admin",
  tenantryTechnicians: "technician",
  tenantryServiceDesk: "service_desk",
  tenantryReadOnly: "read_only",
};

interface SimWorldGroups {
  partnerGroups: Record<string, { id: string; displayName?: string }>;
}

/** Idempotent: returns how many mappings were created or changed (0 on a re-run). */
export async function seedRoleMappingsFromSimulator(prisma: PrismaClient, simulatorUrl: string): Promise<number> {
  const res = await fetch(`${simulatorUrl.replace(/\/+$/, "")}/_sim/world`);
  if (!res.ok) throw new Error(`GET ${simulatorUrl}/_sim/world answered ${res.status}`);
  const world = (await res.json()) as SimWorldGroups;
  const rows: RoleMappingInput[] = Object.entries(SIMULATOR_GROUP_ROLES).map(([key, role]) => {
    const group = world.partnerGroups[key];
    if (!group) throw new Error(`The simulator world has no partner group "${key}"`);
    return { claimType: "group", claimValue: group.id, label: group.displayName ?? key, role };
  });
  return upsertRoleMappings(prisma, rows, { ...SYSTEM_ACTOR, name: "dev seed" });
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const simulatorUrl = process.argv[2] ?? process.env.SIMULATOR_URL ?? "http://127.0.0.1:4010";
  const prisma = createPrismaClient(url);
  try {
    const changed = await seedRoleMappingsFromSimulator(prisma, simulatorUrl);
    console.log(`Role mappings from ${simulatorUrl}: ${changed} created or updated.`);
  } finally {
    await prisma.$disconnect();
  }
}

// Run only as a script, not when the demo launcher imports seedRoleMappingsFromSimulator.
if (process.argv[1] && /seed-dev\.[cm]?[tj]s$/.test(process.argv[1])) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
