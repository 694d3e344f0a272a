import { spawn } from "node:child_process";
import { join } from "node:path";

/**
 * How long `npm run simulator` takes to become usable, at 25 and 2,000 tenants (issue 2 bounds:
 * 3 s and 15 s). Each run spawns `npx tsx simulator/main.ts --quiet --port 0` cold and measures
 * from spawn to the "ready" line and to the first answer from GET /_sim/world. The baseline is
 * `npx tsx --eval 0`: the cost of starting npx + tsx + Node with no simulator at all.
 * Prints one line per size, then one JSON line of figures. Exits 1 if a median misses its bound.
 *   npm run bench:simulator [-- --runs 5]
 */
const ROOT = join(__dirname, "..");
const SIZES = [{ tenants: 25, boundMs: 3_000 }, { tenants: 2_000, boundMs: 15_000 }];
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

interface Run { readyMs: number; worldMs: number; selfMs: number }

function once(args: string[], until: RegExp | null): Promise<{ ms: number; match: RegExpExecArray | null; kill: () => Promise<void> }> {
  const started = performance.now();
  const child = spawn("npx", ["tsx", ...args], { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  let out = "";
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void kill().then(() => reject(new Error(`no ready line after 60 s: ${out}${err}`))), 60_000);
    if (!until) void exited.then(() => (clearTimeout(timer), resolve({ ms: performance.now() - started, match: null, kill })));
    child.stdout.on("data", (d) => {
      out += d;
      const match = until?.exec(out);
      if (match) (clearTimeout(timer), resolve({ ms: performance.now() - started, match, kill }));
    });
    if (until) void exited.then(() => (clearTimeout(timer), reject(new Error(`simulator exited before ready: ${err}`))));
  });
}

async function run(tenants: number): Promise<Run> {
  const started = performance.now();
  const ready = await once(["simulator/main.ts", "--quiet", "--port", "0", "--tenants", String(tenants)], /ready at (http:\/\/\S+) .*?(\d+) ms\)/);
  try {
    const res = await fetch(`${ready.match![1]}/_sim/world`);
    const world = (await res.json()) as { tenants: unknown[] };
    if (res.status !== 200 || world.tenants.length !== tenants) throw new Error(`/_sim/world answered ${res.status} with ${world.tenants?.length} tenants`);
    return { readyMs: ready.ms, worldMs: performance.now() - started, selfMs: Number(ready.match![2]) };
  } finally {
    await ready.kill();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n);

async function main(): Promise<void> {
  const baselines: number[] = [];
  for (let i = 0; i < RUNS; i++) baselines.push((await once(["--eval", "0"], null)).ms);
  const baselineMs = median(baselines);
  const figures: Record<string, number> = { runs: RUNS, baselineMs: round(baselineMs) };
  let missed = false;
  for (const { tenants, boundMs } of SIZES) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(tenants));
    const [ready, world, self] = [median(runs.map((r) => r.readyMs)), median(runs.map((r) => r.worldMs)), median(runs.map((r) => r.selfMs))];
    missed ||= world > boundMs;
    Object.assign(figures, {
      [`startMs${tenants}`]: round(ready), [`worldMs${tenants}`]: round(world), [`inProcessMs${tenants}`]: round(self),
      [`boundMs${tenants}`]: boundMs, [`ratioToBound${tenants}`]: Math.round((world / boundMs) * 1000) / 1000,
      [`ratioToBaseline${tenants}`]: Math.round((world / baselineMs) * 100) / 100,
    });
    console.error(
      `${String(tenants).padStart(5)} tenants: ready ${round(ready)} ms, /_sim/world ${round(world)} ms (simulator's own ${round(self)} ms), ` +
      `${(world / boundMs).toFixed(3)}× the ${boundMs} ms bound, ${(world / baselineMs).toFixed(2)}× the ${round(baselineMs)} ms npx-tsx baseline (median of ${RUNS})`,
    );
  }
  console.log(JSON.stringify(figures));
  if (missed) process.exitCode = 1;
}

void main();
