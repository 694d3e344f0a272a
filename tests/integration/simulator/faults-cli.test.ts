import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateWorld } from "../../../simulator/world/generate";
import { runSimulatorCli, spawnSimulator, type SimProcess } from "../../helpers/sim-process";

/** `npm run simulator -- --latency … --throttle … --error-rate … --fault …`, as benchmarks start it. */
const SEED = "cli-test";
const world = generateWorld({ seed: SEED, tenants: 14 });
const healthy = world.customers.filter((t) => t.health === "healthy");
const [throttled, failing, plain] = [healthy[0]!, healthy[1]!, healthy[2]!];
let sim: SimProcess;

beforeAll(async () => {
  sim = await spawnSimulator([
    "--port", "0", "--quiet", "--seed", SEED, "--tenants", "14", "--latency", "40:10",
    "--throttle", `${throttled.initialDomain}=1`, "--error-rate", `${failing.id}=1.0`,
    "--fault", JSON.stringify({ host: "graph", op: "graph.users", hang: true }),
  ]);
});
afterAll(async () => {
  await sim?.stop();
});

const oidc = async (tenant: string) => {
  const started = performance.now();
  const res = await fetch(`${sim.url}/login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`);
  await res.arrayBuffer();
  return { status: res.status, retryAfter: res.headers.get("retry-after"), ms: performance.now() - started };
};

describe("simulator command line", () => {
  it("prints one ready line with the bound port under --quiet", () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.url).not.toMatch(/:4010$/);
    expect(sim.stdout().trim().split("\n")).toEqual([expect.stringMatching(/^simulator ready at http:\/\/127\.0\.0\.1:\d+ \(14 tenants, seed "cli-test", \d+ ms\)$/)]);
  });

  it("installs the flags as fault rules visible at /_sim/faults", async () => {
    const { faults } = (await (await fetch(`${sim.url}/_sim/faults`)).json()) as { faults: Record<string, unknown>[] };
    expect(faults.map(({ id: _id, hits: _hits, ...rule }) => rule)).toEqual([
      { latencyMs: 40, jitterMs: 10 },
      { tenant: throttled.initialDomain, throttleRate: 1, retryAfterSeconds: 1 },
      { tenant: failing.id, errorRate: 1 },
      { host: "graph", op: "graph.users", hang: true },
    ]);
  });

  it("--latency 40:10 delays every request by 40–50 ms", async () => {
    for (let i = 0; i < 5; i++) {
      const r = await oidc(plain.id);
      expect(r.status).toBe(200);
      expect(r.ms).toBeGreaterThanOrEqual(39);
    }
    const log = (await (await fetch(`${sim.url}/_sim/requests?tenant=${plain.id}`)).json()) as { entries: { durationMs: number }[] };
    for (const e of log.entries) {
      expect(e.durationMs).toBeGreaterThanOrEqual(40);
      expect(e.durationMs).toBeLessThan(50 + 60);
    }
  });

  it("--throttle <tenant>=<rate> and --error-rate hit only their tenant", async () => {
    expect(await oidc(throttled.id)).toMatchObject({ status: 429, retryAfter: "1" });
    expect((await oidc(throttled.defaultDomain)).status).toBe(429);
    expect((await oidc(failing.initialDomain)).status).toBe(503);
    expect((await oidc(plain.defaultDomain)).status).toBe(200);
  });

  it("--fault takes a full rule: the Graph users list hangs, everything else answers", async () => {
    await expect(fetch(`${sim.url}/graph.microsoft.com/v1.0/users`, { signal: AbortSignal.timeout(300) })).rejects.toMatchObject({ name: "TimeoutError" });
    expect((await fetch(`${sim.url}/graph.microsoft.com/v1.0/organization`)).status).toBe(401);
  });

  it("stops cleanly on SIGTERM", async () => {
    expect(await sim.stop()).toBe(0);
  });
});

describe("simulator command line errors", () => {
  it.each([
    [["--throttle", "contoso.com"], "--throttle takes"],
    [["--throttle", "contoso.com=1.5"], "--throttle takes"],
    [["--error-rate", "*=x"], "--error-rate takes"],
    [["--latency", "40ms"], "--latency takes"],
    [["--tenants=-3"], "--tenants must be"],
    [["--tenants", "many"], "--tenants must be"],
    [["--port", "70000"], "--port must be"],
    [["--fault", "{"], "--fault takes a JSON fault rule"],
    [["--fault", '{"host":"teams"}'], "host"],
    [["--no-such-flag"], "Unknown option"],
  ])("%j exits 2 with a usage message", async (args, message) => {
    const r = await runSimulatorCli(["--port", "0", "--tenants", "1", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("Usage: npm run simulator");
    expect(r.stdout).not.toContain("ready at");
  });

  it("--help prints the usage and exits 0", async () => {
    const r = await runSimulatorCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--throttle <tenant>=<rate>");
  });

  it("without --quiet prints the hosts, both apps' credentials, the personas and the problem tenants", async () => {
    const p = await spawnSimulator(["--port", "0", "--seed", SEED, "--tenants", "14"]);
    try {
      await new Promise((r) => setTimeout(r, 200));
      const out = p.stdout();
      expect(out).toContain(`SAM app         client id ${world.samApp.appId}   secret ${world.samApp.passwordCredentials[0]!.secretText}`);
      expect(out).toContain(`client id ${world.signInApp.appId}`);
      for (const persona of world.personas) expect(out).toContain(persona.upn);
      for (const h of ["no-consent", "ca-blocked", "gdap-pending"]) expect(out).toContain(h);
      expect(out).toContain(`${p.url}/graph.microsoft.com`);
    } finally {
      await p.stop();
    }
  });
});
