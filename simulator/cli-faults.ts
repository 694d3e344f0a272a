import type { SimContext } from "./core/context";

/** Turns command-line shorthands into fault rules (benchmarks use them). */
export function applyCliFaults(ctx: SimContext, o: { latency?: string; throttle: string[]; errorRate: string[] }): void {
  if (o.latency) {
    const m = /^(\d+)(?::(\d+))?$/.exec(o.latency);
    if (!m) throw new Error(`--latency takes <ms> or <ms>:<jitter ms>, got "${o.latency}"`);
    ctx.faults.add({ latencyMs: Number(m[1]), jitterMs: m[2] ? Number(m[2]) : undefined });
  }
  for (const spec of o.throttle) for (const [tenant, rate] of pairs(spec, "--throttle")) ctx.faults.add({ ...(tenant === "*" ? {} : { tenant }), throttleRate: rate, retryAfterSeconds: 1 });
  for (const spec of o.errorRate) for (const [tenant, rate] of pairs(spec, "--error-rate")) ctx.faults.add({ ...(tenant === "*" ? {} : { tenant }), errorRate: rate });
}

function pairs(spec: string, flag: string): [string, number][] {
  return spec.split(",").map((part) => {
    const m = /^([^=]+)=(0(?:\.\d+)?|1(?:\.0+)?)$/.exec(part.trim());
    if (!m) throw new Error(`${flag} takes <tenant id|domain|*>=<rate 0..1>[,...], got "${part}"`);
    return [m[1]!, Number(m[2])];
  });
}
