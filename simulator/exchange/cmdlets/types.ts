import type { SimContext } from "../../core/context";
import type { Directory, Tenant } from "../../world/types";
import type { Rec } from "../envelope";
import type { Forest } from "../forest";
import { SHOULD_PROCESS, type Bound, type ParamSpec } from "../params";

/** What a cmdlet body sees: the tenant's Exchange organisation and its bound parameters. */
export interface RunContext {
  ctx: SimContext;
  tenant: Tenant;
  dir: Directory;
  forest: Forest;
  p: Bound;
  /** UPN of the signed-in caller (the default -Mailbox of some cmdlets) */
  caller: string;
  warn(text: string): void;
  /**
   * Call right before changing state. False under -WhatIf; throws the cross-forest error when the
   * request addressed the organisation by a vanity domain (reads still work that way).
   */
  commit(): boolean;
  /** records that an object changed now (WhenChanged) */
  touch(obj: object): void;
  changedAt(obj: object, fallback: string): string;
}

export interface Cmdlet {
  name: string;
  /** state-changing: needs a write role, takes -Confirm/-WhatIf */
  write: boolean;
  params: Record<string, ParamSpec>;
  run(c: RunContext): Rec[] | void;
}

export function cmdlet(def: Cmdlet): Cmdlet {
  return def.write ? { ...def, params: { ...def.params, ...SHOULD_PROCESS } } : def;
}

/** The warning Set-* cmdlets print when the values given equal the current ones. */
export const noChangeWarning = (identity: string) =>
  `The command completed successfully but no settings of '${identity}' have been modified.`;

export const str = (v: unknown) => (v === undefined ? undefined : (v as string | null));
