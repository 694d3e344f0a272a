import type { AppError } from "@/lib/errors";
import { createTokenBroker, type CredentialStore, type SamCredentials, type TokenBroker } from "@/lib/microsoft/token-broker";
import type { TenantsDeps } from "@/lib/tenants/deps";
import type { Simulator } from "../../../simulator/server";
import { control } from "../../helpers/control";
import { createTestDatabase, type TestDatabase } from "../../helpers/db";
import { startTestSimulator } from "../../helpers/sim";
import { simEndpoints } from "../sam/harness";

export const PARTNER_ADMIN = "alex@contosomsp.com";

export interface WorldTenant {
  tenantId: string;
  displayName: string;
  defaultDomain: string;
  initialDomain: string;
  health: string;
}

export interface TenantsHarness {
  db: TestDatabase;
  sim: Simulator;
  broker: TokenBroker;
  deps: TenantsDeps;
  world: { partnerTenantId: string; samApp: { clientId: string; clientSecret: string }; tenants: WorldTenant[] };
  tenant(health: string): WorldTenant;
  close(): Promise<void>;
}

/**
 * Real Postgres + an in-process simulator + a token broker over an in-memory credential store
 * holding the partner admin's refresh token (the simplest path; the stored form is the lead's).
 * The SamConnection row says who connected, as the setup wizard leaves it.
 */
export async function startTenantsHarness(o: { tenants?: number } = {}): Promise<TenantsHarness> {
  const [db, sim] = await Promise.all([createTestDatabase(), startTestSimulator({ tenants: o.tenants })]);
  const ctl = control(sim);
  const world = (await ctl.get<TenantsHarness["world"]>("/world")).body;
  const rt = (await ctl.post<{ refresh_token: string }>("/refresh-token", { upn: PARTNER_ADMIN })).body.refresh_token;
  const creds: SamCredentials = { partnerTenantId: world.partnerTenantId, clientId: world.samApp.clientId, clientSecret: world.samApp.clientSecret, refreshToken: rt, refreshTokenVersion: 1 };
  const store: CredentialStore = {
    load: async () => ({ ...creds }),
    async saveRotatedRefreshToken(token, expected) {
      if (expected !== creds.refreshTokenVersion) return false;
      creds.refreshToken = token;
      creds.refreshTokenVersion++;
      return true;
    },
    recordSuccess: async () => undefined,
    recordFailure: async (_e: AppError) => undefined,
  };
  const endpoints = simEndpoints(sim.url);
  const broker = createTokenBroker({ store, endpoints });
  await db.prisma.samConnection.create({
    data: { id: 1, status: "connected", partnerTenantId: world.partnerTenantId, clientId: world.samApp.clientId, connectedByUpn: PARTNER_ADMIN, connectedAt: new Date() },
  });
  return {
    db, sim, broker, world,
    deps: { prisma: db.prisma, broker, endpoints },
    tenant(health) {
      const t = world.tenants.find((x) => x.health === health);
      if (!t) throw new Error(`no tenant with health ${health}`);
      return t;
    },
    async close() {
      await Promise.allSettled([db.drop(), sim.close()]);
    },
  };
}
