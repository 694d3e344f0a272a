import type { SimContext } from "../core/context";

/** The seeded world as scripts, tests and the demo need it: who to sign in as, which app, which tenants. */
export function worldSummary(ctx: SimContext) {
  const w = ctx.world;
  const secret = (app: typeof w.samApp) => app.passwordCredentials[0]?.secretText ?? null;
  return {
    seed: w.seed,
    now: ctx.clock.iso(),
    partnerTenantId: w.partner.id,
    partnerDomain: w.partner.defaultDomain,
    samApp: { clientId: w.samApp.appId, clientSecret: secret(w.samApp), displayName: w.samApp.displayName, redirectUris: w.samApp.redirectUris },
    signInApp: { clientId: w.signInApp.appId, clientSecret: secret(w.signInApp), displayName: w.signInApp.displayName, redirectUris: w.signInApp.redirectUris },
    personas: w.personas.map((p) => ({ upn: p.upn, displayName: p.displayName, role: p.role, id: p.userId })),
    partnerGroups: Object.fromEntries(
      Object.entries(w.partnerGroups).map(([key, id]) => [key, { id, displayName: w.partner.directory.groups.get(id)?.displayName }]),
    ),
    tenants: w.customers.map((t) => ({
      tenantId: t.id, displayName: t.displayName, defaultDomain: t.defaultDomain, initialDomain: t.initialDomain, health: t.health,
    })),
  };
}
