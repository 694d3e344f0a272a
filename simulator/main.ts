import { parseArgs } from "node:util";
import { banner } from "./banner";
import { applyCliFaults } from "./cli-faults";
import { startSimulator, type Simulator } from "./server";

const USAGE = `Usage: npm run simulator -- [options]

  --port <n>                  listen port (SIMULATOR_PORT, default 4010; 0 picks a free one)
  --host <addr>               listen address (SIMULATOR_HOST, default 127.0.0.1)
  --seed <text>               world seed (SIMULATOR_SEED, default "tenantry-demo")
  --tenants <n>               customer tenants (SIMULATOR_TENANTS, default 25)
  --latency <ms>[:<jitter>]   added to every Microsoft-host request, e.g. 40:10
  --throttle <tenant>=<rate>  429 + Retry-After at that rate; tenant id, domain or *; repeatable, comma lists
  --error-rate <tenant>=<rate>  503 at that rate; same form as --throttle
  --fault <json>              any fault rule POST /_sim/faults takes; repeatable
  --quiet                     print one line: "simulator ready at <url> …"
  --help

Nothing is read from or written to disk: the world lives in memory and is derived from the seed.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      options: {
        port: { type: "string", default: process.env.SIMULATOR_PORT ?? "4010" },
        host: { type: "string", default: process.env.SIMULATOR_HOST ?? "127.0.0.1" },
        seed: { type: "string", default: process.env.SIMULATOR_SEED ?? "tenantry-demo" },
        tenants: { type: "string", default: process.env.SIMULATOR_TENANTS ?? "25" },
        latency: { type: "string" },
        throttle: { type: "string", multiple: true, default: [] },
        "error-rate": { type: "string", multiple: true, default: [] },
        fault: { type: "string", multiple: true, default: [] },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (e) {
    return fail((e as Error).message);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const o = options();
  if (o.help) return void console.log(USAGE);
  const tenants = Number(o.tenants);
  if (!Number.isInteger(tenants) || tenants < 0 || tenants > 100_000) fail(`--tenants must be a whole number from 0 to 100000, got "${o.tenants}"`);
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port must be a port number (0 picks a free one), got "${o.port}"`);

  let sim: Simulator;
  try {
    sim = await startSimulator({ seed: o.seed, tenants, port, host: o.host });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const hint = err.code === "EADDRINUSE" ? ` (is another simulator running? try --port 0)` : "";
    console.error(`simulator could not listen on ${o.host}:${port}: ${err.message}${hint}`);
    process.exit(1);
  }
  try {
    applyCliFaults(sim.ctx, { latency: o.latency, throttle: o.throttle, errorRate: o["error-rate"], fault: o.fault });
  } catch (e) {
    await sim.close();
    fail((e as Error).message);
  }
  const ms = Math.round(performance.now() - started);
  if (o.quiet) console.log(`simulator ready at ${sim.url} (${tenants} tenants, seed "${o.seed}", ${ms} ms)`);
  else console.log(banner(sim, ms));
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => void sim.close().then(() => process.exit(0)));
}

void main();
