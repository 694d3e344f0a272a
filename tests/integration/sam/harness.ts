import type { Actor } from "@/lib/auth/actor";
import { generateMasterKey, type Keyring } from "@/lib/crypto/keyring";
import type { MicrosoftEndpoints } from "@/lib/microsoft/endpoints";
import { createTokenBroker } from "@/lib/microsoft/token-broker";
import { createPrismaCredentialStore } from "@/lib/microsoft/token-broker-store";
import type { SamDeps } from "@/lib/sam/deps";
import { prefillSamApp } from "@/lib/sam/prefill";
import { storeRegistration } from "@/lib/sam/registration";
import { createSecretStore, SAM_REFRESH_TOKEN, type SecretStore } from "@/lib/secrets/store";
import type { Simulator } from "../../../simulator/server";
import { control } from "../../helpers/control";
import { createTestDatabase, type TestDatabase } from "../../helpers/db";
import { startTestSimulator } from "../../helpers/sim";

export const ADMIN: Actor = { type: "user", id: "user-alex", name: "Alex Wilber", upn: "alex@contosomsp.com", role: "admin" };
export const PARTNER_ADMIN_UPN = "alex@contosomsp.com";
/** registered on the simulator's SAM app (ports are ignored for loopback redirect URIs) */
export const REDIRECT_URI = "http://localhost:3000/api/sam/callback";

export interface World {
  partnerTenantId: string;
  partnerDomain: string;
  samApp: { clientId: string; clientSecret: string };
  tenants: { tenantId: string; displayName: string; health: string }[];
}

export interface Harness {
  db: TestDatabase;
  sim: Simulator;
  world: World;
  keyring: Keyring;
  secrets: SecretStore;
  deps: SamDeps;
  ctl: ReturnType<typeof control>;
  tenant(health: string): World["tenants"][number];
  /** stores the SAM app and a refresh token as if the partner admin had consented */
  connect(upn?: string): Promise<void>;
  /** a clean slate between tests: simulator reset (faults too) and no stored connection */
  fresh(): Promise<void>;
  /** the stored SamConnection row, or null */
  conn(): ReturnType<TestDatabase["prisma"]["samConnection"]["findUnique"]>;
  /** the SAM app registration as the wizard's first step takes it */
  app(): { partnerTenantId: string; clientId: string; clientSecret: string };
  audits(action: string): ReturnType<TestDatabase["prisma"]["auditEvent"]["findMany"]>;
  close(): Promise<void>;
}

export const simEndpoints = (url: string): MicrosoftEndpoints => ({
  identity: `${url}/login.microsoftonline.com`,
  graph: `${url}/graph.microsoft.com`,
  partnerCenter: `${url}/api.partnercenter.microsoft.com`,
  exchange: `${url}/outlook.office365.com`,
});

/** Real Postgres + an in-process simulator + the SAM services wired exactly as the app wires them. */
export async function startHarness(): Promise<Harness> {
  const [db, sim] = await Promise.all([createTestDatabase(), startTestSimulator()]);
  const keyring: Keyring = { current: generateMasterKey(), previous: [] };
  const secrets = createSecretStore(db.prisma, () => keyring);
  const store = createPrismaCredentialStore(db.prisma, secrets);
  const endpoints = simEndpoints(sim.url);
  const broker = createTokenBroker({ store, endpoints });
  const deps: SamDeps = { prisma: db.prisma, secrets, store, broker, endpoints, redirectUri: REDIRECT_URI, keyring: () => keyring };
  const ctl = control(sim);
  const raw = (await ctl.get<World>("/world")).body;
  const world: World = { ...raw, samApp: { clientId: raw.samApp.clientId, clientSecret: raw.samApp.clientSecret } };
  const h: Harness = {
    db, sim, world, keyring, secrets, deps, ctl,
    tenant(health) {
      const t = world.tenants.find((x) => x.health === health);
      if (!t) throw new Error(`no tenant with health ${health}`);
      return t;
    },
    async connect(upn = PARTNER_ADMIN_UPN) {
      await storeRegistration(db.prisma, secrets, { partnerTenantId: world.partnerTenantId, ...world.samApp, validated: true });
      const rt = (await ctl.post<{ refresh_token: string }>("/refresh-token", { upn })).body.refresh_token;
      const { id } = await secrets.putSecret(SAM_REFRESH_TOKEN, rt);
      await db.prisma.samConnection.update({
        where: { id: 1 },
        data: { status: "connected", refreshTokenSecretId: id, connectedByUpn: upn, connectedAt: new Date(), refreshTokenIssuedAt: new Date() },
      });
      broker.invalidate();
    },
    async fresh() {
      await ctl.post("/reset", { clearFaults: true });
      await resetConnection(h);
    },
    conn: () => db.prisma.samConnection.findUnique({ where: { id: 1 } }),
    app: () => ({ partnerTenantId: world.partnerTenantId, ...world.samApp }),
    audits: (action) => db.prisma.auditEvent.findMany({ where: { action }, orderBy: { id: "asc" } }),
    async close() {
      await Promise.allSettled([db.drop(), sim.close()]);
    },
  };
  return h;
}

/** Removes the connection and its secrets, for a fresh start between tests. */
export async function resetConnection(h: Harness): Promise<void> {
  await h.db.prisma.samConnection.deleteMany();
  await h.db.prisma.encryptedSecret.deleteMany();
  await h.db.prisma.setting.deleteMany();
  h.deps.broker.invalidate();
}

export { prefillSamApp };
