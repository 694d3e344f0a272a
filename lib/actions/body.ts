import type { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import type { GraphClient } from "@/lib/microsoft/graph/client";
import type { DirectoryUser } from "@/lib/microsoft/graph/users";
import type { ActionDefinition } from "./types";

/** What a definition's server body gets: everything bound to the tenant from the path. */
export interface ActionContext {
  tenant: { id: string; displayName: string };
  /** who asked (after approval: still the requester) */
  actor: Actor;
  /** Graph acting in this tenant with the partner's delegated token (from the broker) */
  graph: GraphClient;
  /** Microsoft request ids seen so far; the executor audits them */
  requestIds: string[];
  /** users already read for the guards, by the reference the input used */
  users: Map<string, DirectoryUser>;
}

/** A value shown as "before → after". */
export interface Change {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

export interface ActionOutcome {
  /** one line for the audit log and the toast, e.g. "Blocked sign-in for ann@contoso.com" */
  summary: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** returned to the caller; fields named in audit.redact are shown once and stored nowhere */
  data?: Record<string, unknown>;
}

/** The dry run: what would change, read from the tenant, with no write. */
export interface ActionPreview {
  target: { id: string; name: string; detail?: string } | null;
  changes: Change[];
  notes: string[];
}

export interface ActionBody<S extends z.ZodObject = z.ZodObject> {
  run(ctx: ActionContext, input: z.output<S>): Promise<ActionOutcome>;
  preview?(ctx: ActionContext, input: z.output<S>): Promise<ActionPreview>;
}

/** Binds a body to its definition so `input` is typed by the definition's schema. */
export function actionBody<S extends z.ZodObject>(_def: ActionDefinition<S>, body: ActionBody<S>): ActionBody {
  return body as unknown as ActionBody;
}
