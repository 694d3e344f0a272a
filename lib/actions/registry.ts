import { z } from "zod";

import { GUARDS } from "@/lib/authz/guards";
import { addGroupMember } from "./definitions/groups/add-member";
import { removeGroupMember } from "./definitions/groups/remove-member";
import { assignLicense } from "./definitions/users/assign-license";
import { blockSignIn } from "./definitions/users/block-sign-in";
import { createUser } from "./definitions/users/create";
import { removeLicense } from "./definitions/users/remove-license";
import { resetMfa } from "./definitions/users/reset-mfa";
import { resetPassword } from "./definitions/users/reset-password";
import { revokeSessions } from "./definitions/users/revoke-sessions";
import { unblockSignIn } from "./definitions/users/unblock-sign-in";
import { updateUser } from "./definitions/users/update";
import type { AnyActionDefinition } from "./types";

/**
 * Every guarded action, by id. Client-safe. Adding one here without its body in registry.server.ts,
 * its audit label, or an integration test naming its id fails the build or the registry test.
 */
const DEFINITIONS = [
  resetPassword, blockSignIn, unblockSignIn, revokeSessions, updateUser, assignLicense, removeLicense,
  addGroupMember, removeGroupMember, resetMfa, createUser,
] as const;

export type ActionId = (typeof DEFINITIONS)[number]["id"];

export const ACTIONS = Object.fromEntries(DEFINITIONS.map((d) => [d.id, d])) as unknown as Record<ActionId, AnyActionDefinition>;

export const ACTION_IDS = DEFINITIONS.map((d) => d.id) as ActionId[];

export const isActionId = (id: string): id is ActionId => Object.hasOwn(ACTIONS, id);

export function getAction(id: string): AnyActionDefinition | undefined {
  return isActionId(id) ? ACTIONS[id] : undefined;
}

/** The JSON GET /api/v1/actions returns: the meta without functions; inputs as JSON Schema. */
export function describeAction(def: AnyActionDefinition) {
  return {
    id: def.id,
    title: def.title,
    description: def.description,
    area: def.area,
    target: def.target,
    permission: def.permission,
    risk: def.risk,
    confirmation: def.confirmation,
    approval: def.approval,
    guards: def.guards.map((id) => ({ id, title: GUARDS[id].title, description: GUARDS[id].description })),
    audit: { redact: def.audit.redact },
    invalidates: def.invalidates,
    hasPreview: def.hasPreview,
    ui: def.ui,
    input: z.toJSONSchema(def.input, { io: "input", unrepresentable: "any" }),
  };
}

export type ActionMeta = ReturnType<typeof describeAction>;
