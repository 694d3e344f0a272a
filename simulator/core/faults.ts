import { randomUUID } from "node:crypto";
import { z } from "zod";
import { Rng } from "./random";
import type { HostName } from "./request-log";

/** One injected fault. Every field but the selectors is optional; rates are 0..1. */
export const faultRuleSchema = z.strictObject({
  host: z.enum(["identity", "graph", "partner-center", "exchange"]).optional(),
  /** tenant id or any of its domains; matched against the tenant the request is for */
  tenant: z.string().min(1).optional(),
  /** operation name or prefix, e.g. "graph.users" or "identity.token" */
  op: z.string().min(1).optional(),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  jitterMs: z.number().int().min(0).max(120_000).optional(),
  throttleRate: z.number().min(0).max(1).optional(),
  retryAfterSeconds: z.number().min(0).max(3600).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  errorStatus: z.number().int().min(500).max(599).optional(),
  hang: z.boolean().optional(),
  /** identity token endpoint only: answer with this AADSTS error */
  aadsts: z.number().int().positive().optional(),
  /** apply to this many matching requests, then retire */
  count: z.number().int().positive().optional(),
});

export type FaultInput = z.infer<typeof faultRuleSchema>;
export interface FaultRule extends FaultInput {
  id: string;
  hits: number;
}

export interface FaultDecision {
  delayMs: number;
  hang: boolean;
  throttle?: { retryAfterSeconds: number };
  error?: { status: number };
  aadsts?: number;
  ids: string[];
}

export class FaultStore {
  private rules: FaultRule[] = [];
  private rng: Rng;

  constructor(seed: string) {
    this.rng = new Rng(seed, "faults");
  }

  add(input: FaultInput): FaultRule {
    const rule: FaultRule = { ...faultRuleSchema.parse(input), id: randomUUID(), hits: 0 };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return [...this.rules];
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  /** Decides what happens to one request. `tenantKeys` are the id and domains of its tenant. */
  decide(host: HostName, op: string, tenantKeys: string[]): FaultDecision | undefined {
    const keys = new Set(tenantKeys.map((k) => k.toLowerCase()));
    const matching = this.rules.filter(
      (r) =>
        (!r.host || r.host === host) &&
        (!r.op || r.op === op || op.startsWith(`${r.op}.`)) &&
        (!r.tenant || keys.has(r.tenant.toLowerCase())),
    );
    if (!matching.length) return undefined;
    const d: FaultDecision = { delayMs: 0, hang: false, ids: [] };
    for (const r of matching) {
      let applied = false;
      if (r.latencyMs || r.jitterMs) {
        d.delayMs += (r.latencyMs ?? 0) + Math.floor(this.rng.next() * (r.jitterMs ?? 0));
        applied = true;
      }
      if (r.hang) d.hang = applied = true;
      if (r.aadsts && host === "identity" && op === "identity.token" && d.aadsts === undefined) d.aadsts = r.aadsts, applied = true;
      if (r.throttleRate && !d.throttle && this.rng.next() < r.throttleRate) {
        d.throttle = { retryAfterSeconds: r.retryAfterSeconds ?? 2 };
        applied = true;
      }
      if (r.errorRate && !d.error && this.rng.next() < r.errorRate) {
        d.error = { status: r.errorStatus ?? 503 };
        applied = true;
      }
      if (applied) {
        r.hits++;
        d.ids.push(r.id);
        if (r.count !== undefined && r.hits >= r.count) this.remove(r.id);
      }
    }
    return d.ids.length ? d : undefined;
  }
}
