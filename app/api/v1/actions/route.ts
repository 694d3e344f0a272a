import { apiRoute } from "@/lib/api/handler";
import { ACTIONS, describeAction } from "@/lib/actions/registry";
import { roleHas, rolesWith } from "@/lib/authz/permissions";

/** The action registry as JSON (meta only), with whether the caller's role may use each one. */
export const GET = apiRoute({}, async ({ actor }) => ({
  actions: Object.values(ACTIONS).map((def) => ({
    ...describeAction(def),
    roles: rolesWith(def.permission),
    allowed: roleHas(actor.role, def.permission),
  })),
}));
