import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSimulator } from "../helpers/sim";
import type { Simulator } from "../../simulator/server";
import { createTokenBroker, type CredentialStore, type SamCredentials } from "../../lib/microsoft/token-broker";
import type { AppError } from "../../lib/errors";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

function memoryStore(creds: SamCredentials) {
  const failures: AppError[] = [];
  const store: CredentialStore = {
    load: async () => ({ ...creds }),
    async saveRotatedRefreshToken(rt, expected) {
      if (expected !== creds.refreshTokenVersion) return false;
      creds.refreshToken = rt;
      creds.refreshTokenVersion++;
      return true;
    },
    recordSuccess: async () => undefined,
    recordFailure: async (e) => void failures.push(e),
  };
  return { store, creds, failures };
}

async function partnerCreds(): Promise<SamCredentials> {
  const world = await (await fetch(`${sim.url}/_sim/world`)).json();
  const res = await fetch(`${sim.url}/_sim/refresh-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ upn: "alex@contosomsp.com" }) });
  const { refresh_token } = await res.json();
  return { partnerTenantId: world.partnerTenantId, clientId: world.samApp.clientId, clientSecret: world.samApp.clientSecret, refreshToken: refresh_token, refreshTokenVersion: 1 };
}

const endpoints = () => ({
  identity: `${sim.url}/login.microsoftonline.com`, graph: `${sim.url}/graph.microsoft.com`,
  partnerCenter: `${sim.url}/api.partnercenter.microsoft.com`, exchange: `${sim.url}/outlook.office365.com`,
});

describe("token broker (in-memory store)", () => {
  it("collapses 1,000 concurrent calls into one upstream token request", async () => {
    const { store } = memoryStore(await partnerCreds());
    const broker = createTokenBroker({ store, endpoints: endpoints() });
    const tenant = sim.ctx.world.customers.find((c) => c.health === "healthy")!;
    const since = sim.ctx.log.lastSeq;
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => broker.getAccessToken({ tenantId: tenant.id, resource: "graph" })));
    expect(new Set(tokens.map((t) => t.token)).size).toBe(1);
    expect(sim.ctx.log.query({ op: "identity.token", sinceSeq: since })).toHaveLength(1);
    expect(broker.stats()).toMatchObject({ upstream: 1, misses: 1, shared: 999 });
  });

  it("persists the rotated refresh token and uses it next time", async () => {
    const { store, creds } = memoryStore(await partnerCreds());
    const first = creds.refreshToken;
    const broker = createTokenBroker({ store, endpoints: endpoints() });
    const [a, b] = sim.ctx.world.customers.filter((c) => c.health === "healthy");
    await broker.getAccessToken({ tenantId: a!.id, resource: "graph" });
    expect(creds.refreshToken).not.toBe(first);
    expect(creds.refreshTokenVersion).toBe(2);
    await broker.getAccessToken({ tenantId: b!.id, resource: "exchange" });
    expect(creds.refreshTokenVersion).toBe(3);
  });

  it("classifies an idle-expired refresh token as REFRESH_TOKEN_EXPIRED with the reconnect fix-it", async () => {
    const { store, failures } = memoryStore(await partnerCreds());
    const broker = createTokenBroker({ store, endpoints: endpoints() });
    sim.ctx.clock.advance(91 * 86_400_000);
    const tenant = sim.ctx.world.customers.find((c) => c.health === "healthy")!;
    const err = await broker.getAccessToken({ tenantId: tenant.id, resource: "graph" }).catch((e) => e);
    expect(err.code).toBe("REFRESH_TOKEN_EXPIRED");
    expect(err.fixIt).toMatch(/Reconnect/);
    expect(failures[0]?.code).toBe("REFRESH_TOKEN_EXPIRED");
  });
});
