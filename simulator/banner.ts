import type { Simulator } from "./server";
import { worldSummary } from "./control/world-summary";

/** What `npm run simulator` prints: where each host lives, what to sign in with, which tenants are broken how. */
export function banner(sim: Simulator, ms: number): string {
  const w = worldSummary(sim.ctx);
  const u = sim.url;
  const problems = w.tenants.filter((t) => t.health !== "healthy");
  const lines = [
    `Microsoft partner-cloud simulator ready at ${u} in ${ms} ms`,
    `  seed "${w.seed}", ${w.tenants.length} customer tenants, state in memory (same seed => same world and signing key)`,
    "",
    "Hosts",
    `  identity        ${u}/login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration`,
    `  graph           ${u}/graph.microsoft.com/v1.0/…`,
    `  partner center  ${u}/api.partnercenter.microsoft.com/v1/customers`,
    `  exchange        ${u}/outlook.office365.com/adminapi/beta/{tenant}/InvokeCommand`,
    `  control (loopback only)  ${u}/_sim/world`,
    "",
    `Partner tenant  ${w.partnerTenantId} (${w.partnerDomain})`,
    `SAM app         client id ${w.samApp.clientId}   secret ${w.samApp.clientSecret}`,
    `Sign-in app     client id ${w.signInApp.clientId}   secret ${w.signInApp.clientSecret}`,
    "",
    "Personas (sign in as any of them on the simulator's sign-in page; no password)",
    ...w.personas.map((p) => `  ${p.role.padEnd(14)} ${p.upn.padEnd(24)} ${p.displayName}`),
  ];
  if (problems.length) {
    lines.push("", "Tenants with a seeded problem (all others are healthy)");
    for (const t of problems) lines.push(`  ${t.health.padEnd(24)} ${t.displayName.padEnd(28)} ${t.initialDomain}`);
  }
  const faults = sim.ctx.faults.list();
  if (faults.length) {
    lines.push("", "Faults injected from the command line (GET /_sim/faults)");
    for (const f of faults) lines.push(`  ${JSON.stringify(Object.fromEntries(Object.entries(f).filter(([k]) => k !== "id" && k !== "hits")))}`);
  }
  lines.push("", "Ctrl+C stops it.");
  return lines.join("\n");
}
