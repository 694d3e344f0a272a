import { execFileSync } from "node:child_process";
import path from "node:path";
import { startStack } from "./stack";

/**
 * `npm run demo`: the dashboard against the simulated partner cloud on a fresh machine —
 * embedded Postgres unless DATABASE_URL is set, simulator, worker and app.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const port = Number(process.env.PORT ?? 3000);
  const simulatorPort = Number(process.env.SIMULATOR_PORT ?? 4010);
  const next = path.join(root, "node_modules/next/dist/bin/next");
  // The Prisma client is generated, not committed: a fresh clone needs it before anything runs.
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], { cwd: root, stdio: "inherit" });
  if (!process.env.SKIP_BUILD) {
    console.log("Building the app (first run takes a minute)…");
    execFileSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit" });
  }
  const stack = await startStack({
    mode: "demo", appPort: port, simulatorPort, databaseUrl: process.env.DATABASE_URL,
    seed: process.env.SIMULATOR_SEED, tenants: process.env.SIMULATOR_TENANTS ? Number(process.env.SIMULATOR_TENANTS) : undefined,
  });
  const world = (await (await fetch(`${stack.simulatorUrl}/_sim/world`)).json()) as { personas: { upn: string; role: string; displayName: string }[] };
  console.log(`\nTenantry demo is running at ${stack.appUrl}`);
  console.log(`Simulated Microsoft cloud at ${stack.simulatorUrl} (control API: ${stack.simulatorUrl}/_sim/world)`);
  console.log("Sign in on the simulator's sign-in page as one of:");
  for (const p of world.personas) console.log(`  ${p.role.padEnd(14)} ${p.upn.padEnd(26)} ${p.displayName}`);
  console.log("The partner admin (alex@contosomsp.com) is the first Tenantry admin and completes the setup wizard.\nCtrl-C stops everything.");
  const shutdown = () => void stack.stop().then(() => process.exit(0));
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
