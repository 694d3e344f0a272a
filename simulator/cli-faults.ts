import type { SimContext } from "./core/context";
import { faultRuleSchema } from "./core/faults";

export interface CliFaults {
  /** `<ms>` or `<ms>:<jitter ms>` on every host */
  latency?: string;
  /** `<tenant id|domain|*>=<rate>[,...]`: 429 with Retry-After: 1 at that rate */
  throttle: string[];
  /** `<tenant id|domain|*>=<rate>[,...]`: 503 at that rate */
  errorRate: string[];
  /** a whole fault rule as JSON, as POST /_sim/faults takes it */
  fault?: string[];
}

/** Turns command-line shorthands into fault rules (benchmarks use them). Throws a usage message on bad input. */
export function applyCliFaults(ctx: SimContext, o: CliFaults): void {
  const rules = [];
  if (o.latency) {
    const m = /^(\d+)(?::(\d+))?$/.exec(o.latency);
    if (!m) throw new Error(`--latency takes <ms> or <ms>:<jitter ms>, got "${o.latency}"`);
    rules.push({ latencyMs: Number(m[1]), jitterMs: m[2] ? Number(m[2]) : undefined });
  }
  for (const spec of o.throttle) for (const [tenant, rate] of pairs(spec, "--throttle")) rules.push({ ...(tenant === "*" ? {} : { tenant }), throttleRate: rate, retryAfterSeconds: 1 });
  for (const spec of o.errorRate) for (const [tenant, rate] of pairs(spec, "--error-rate")) rules.push({ ...(tenant === "*" ? {} : { tenant }), errorRate: rate });
  for (const json of o.fault ?? []) rules.push(faultFromJson(json));
  // All or nothing: a bad flag must not leave half the faults installed.
  for (const r of rules) ctx.faults.add(r);
}

function faultFromJson(json: string) {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`--fault takes a JSON fault rule, e.g. '{"host":"graph","throttleRate":0.1}', got "${json}"`);
  }
  const r = faultRuleSchema.safeParse(value);
  if (!r.success) throw new Error(`--fault ${json}: ${r.error.issues.map((i) => `${i.path.join(".") || "rule"}: ${i.message}`).join("; ")}`);
  return r.data;
}

function pairs(spec: string, flag: string): [string, number][] {
  return spec.split(",").map((part) => {
    const m = /^([^=]+)=(0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/.exec(part.trim());
    if (!m) throw new Error(`${flag} takes <tenant id|domain|*>=<rate 0..1>[,...], got "${part}"`);
    return [m[1]!, Number(m[2])];
  });
}
