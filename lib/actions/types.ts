import type { z } from "zod";

import type { GuardId } from "@/lib/authz/guards";
import type { Permission } from "@/lib/authz/permissions";

/**
 * The declarative definition of one guarded action (STYLE pattern 1). Client-safe: the button, the
 * confirm dialog, GET /api/v1/actions, the executor and the registry-walking test all read this one
 * object. The body that calls Microsoft lives in the sibling `.server.ts` (lib/actions/body.ts).
 */

export const RISKS = ["read", "low", "high", "critical"] as const;
export type Risk = (typeof RISKS)[number];

export const TARGET_KINDS = ["tenant", "user", "mailbox", "group"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export type ActionArea = "identity" | "exchange" | "tenant";

type Field<S extends z.ZodObject> = keyof z.output<S> & string;

export interface ActionDefinition<S extends z.ZodObject = z.ZodObject, Id extends string = string> {
  /** `<object>.<verb>`, e.g. user.reset_password; also the audit row's action */
  id: Id;
  title: string;
  description: string;
  area: ActionArea;
  /** what it acts on, and which input field names that object (guards read its live state) */
  target: { kind: TargetKind; field?: Field<S> };
  /** strict: unknown fields are refused; every string is length-limited and ids are pattern-checked */
  input: S;
  permission: Permission;
  risk: Risk;
  confirmation: {
    message: string;
    /** a phrase to type before high/critical actions run; "target" = the target's name as the UI shows it */
    typed?: "target" | (string & {});
  };
  /** always needs a second person's approval (the approval policy can require it too) */
  approval: boolean;
  /** object guards checked against live tenant state (lib/authz/guards.ts) */
  guards: readonly GuardId[];
  audit: {
    /** what the audit row names as the target */
    target(input: z.output<S>): string;
    /** fields masked wherever they appear: input, result, before/after, the approval's copy, stored replays */
    redact: readonly string[];
  };
  /** TanStack Query keys to refetch after success; "{tenantId}" and "{target}" are filled in */
  invalidates: readonly (readonly string[])[];
  hasPreview: boolean;
  ui: { label: string; success: string; destructive?: boolean };
}

/** Keeps the id literal (ActionId) and checks `target.field` and `audit` against the input schema. */
export function defineAction<const Id extends string, S extends z.ZodObject>(def: ActionDefinition<S, Id>): ActionDefinition<S, Id> {
  return def;
}

export type AnyActionDefinition = ActionDefinition<z.ZodObject, string>;
