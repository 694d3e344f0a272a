import { parseArgs } from "node:util";
import { startSimulator } from "./server";
import { worldSummary } from "./control/world-summary";
import { applyCliFaults } from "./cli-faults";

/** `npm run simulator -- --tenants 2000 --latency 40:20 --throttle <tenant>=0.2` */
const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.SIMULATOR_PORT ?? "4010" },
    host: { type: "string", default: process.env.SIMULATOR_HOST ?? "127.0.0.1" },
    seed: { type: "string", default: process.env.SIMULATOR_SEED ?? "tenantry-demo" },
    tenants: { type: "string", default: process.env.SIMULATOR_TENANTS ?? "25" },
    latency: { type: "string" },
    throttle: { type: "string", multiple: true },
    "error-rate": { type: "string", multiple: true },
    quiet: { type: "boolean", default: false },
  },
});

async function main(): Promise<void> {
const started = performance.now();
const tenants = Number(values.tenants);
if (!Number.isInteger(tenants) || tenants < 0 || tenants > 100_000) {
  console.error(`--tenants must be a whole number from 0 to 100000, got "${values.tenants}"`);
  process.exit(2);
}
const sim = await startSimulator({ seed: values.seed!, tenants, port: Number(values.port), host: values.host });
try {
  applyCliFaults(sim.ctx, { latency: values.latency, throttle: values.throttle ?? [], errorRate: values["error-rate"] ?? [] });
} catch (e) {
  console.error((e as Error).message);
  await sim.close();
  process.exit(2);
}
const w = worldSummary(sim.ctx);
const ms = Math.round(performance.now() - started);
if (values.quiet) {
  console.log(`simulator ready at ${sim.url} (${tenants} tenants, seed "${w.seed}", ${ms} ms)`);
} else {
  console.log(`Microsoft partner-cloud simulator ready at ${sim.url} in ${ms} ms (seed "${w.seed}", ${tenants} customer tenants)`);
  console.log(`  identity        ${sim.url}/login.microsoftonline.com`);
  console.log(`  graph           ${sim.url}/graph.microsoft.com`);
  console.log(`  partner center  ${sim.url}/api.partnercenter.microsoft.com`);
  console.log(`  exchange        ${sim.url}/outlook.office365.com`);
  console.log(`  control         ${sim.url}/_sim/world`);
  console.log(`Partner tenant ${w.partnerTenantId} (${w.partnerDomain})`);
  console.log(`SAM app         client id ${w.samApp.clientId}  secret ${w.samApp.clientSecret}`);
  console.log(`Sign-in app     client id ${w.signInApp.clientId}  secret ${w.signInApp.clientSecret}`);
  console.log("Personas (sign in as any of them on the simulator's sign-in page):");
  for (const p of w.personas) console.log(`  ${p.role.padEnd(14)} ${p.upn.padEnd(26)} ${p.displayName}`);
}
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void sim.close().then(() => process.exit(0)));
}

void main();
