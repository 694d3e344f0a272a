import { exo } from "./errors";

/** Parameter types the simulated cmdlets take, converted the way PowerShell binds JSON values. */
export type ParamType =
  | "string" | "strings" | "bool" | "switch" | "date" | "resultSize"
  | { enum: readonly string[]; typeName: string; multi?: boolean };

export interface ParamSpec {
  type: ParamType;
  mandatory?: boolean;
  /** $null is a meaningful value (clears the property) */
  nullable?: boolean;
}

export type Bound = Record<string, unknown>;

/** PowerShell common parameters: accepted by every cmdlet, without effect here. */
const COMMON = ["ErrorAction", "WarningAction", "InformationAction", "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "Verbose", "Debug"];
/** Parameters of cmdlets that change state (SupportsShouldProcess). */
export const SHOULD_PROCESS: Record<string, ParamSpec> = { Confirm: { type: "switch" }, WhatIf: { type: "switch" } };

const typeLabel = (v: unknown) => (Array.isArray(v) ? "System.Object[]" : typeof v === "object" ? "System.Collections.Hashtable" : typeof v === "boolean" ? "System.Boolean" : typeof v === "number" ? "System.Int32" : "System.String");

function convert(name: string, spec: ParamSpec, v: unknown): unknown {
  if (v === null) {
    if (spec.nullable || spec.type === "switch") return null;
    throw exo.binding(`Cannot bind argument to parameter '${name}' because it is null.`);
  }
  const t = spec.type;
  const scalar = () => {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
    throw exo.binding(`Cannot convert '${typeLabel(v)}' to the type 'System.String' required by parameter '${name}'. Specified method is not supported.`);
  };
  if (t === "string") return scalar();
  if (t === "strings") return (Array.isArray(v) ? v : [v]).map((x) => convert(name, { type: "string" }, x));
  if (t === "bool" || t === "switch") {
    if (typeof v === "boolean") return v;
    if (v === 0 || v === 1) return v === 1;
    throw exo.binding(`Cannot process argument transformation on parameter '${name}'. Cannot convert value "${typeLabel(v)}" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`);
  }
  if (t === "date") {
    const ms = Date.parse(scalar());
    if (Number.isNaN(ms)) throw exo.binding(`Cannot bind parameter '${name}'. Cannot convert value "${scalar()}" to type "System.DateTime". Error: "String was not recognized as a valid DateTime."`);
    return new Date(ms).toISOString();
  }
  if (t === "resultSize") {
    const s = scalar().trim();
    if (/^unlimited$/i.test(s)) return Infinity;
    if (/^\d+$/.test(s) && Number(s) > 0) return Number(s);
    throw exo.binding(`Cannot bind parameter '${name}'. Cannot convert value "${s}" to type "Microsoft.Exchange.Data.Unlimited\`1[System.UInt32]". Error: "Unlimited\`1 value must be a positive number or the string 'Unlimited'."`);
  }
  const raw = t.multi ? (Array.isArray(v) ? v.map((x) => convert(name, { type: "string" }, x) as string) : scalar().split(",")) : [scalar()];
  const out = raw.map((r) => {
    const hit = t.enum.find((e) => e.toLowerCase() === r.trim().toLowerCase());
    if (!hit) {
      throw exo.binding(`Cannot bind parameter '${name}'. Cannot convert value "${r}" to type "${t.typeName}". Error: "Unable to match the identifier name ${r} to a valid enumerator name. Specify one of the following enumerator names and try again:\r\n${t.enum.join(", ")}"`);
    }
    return hit;
  });
  return t.multi ? [...new Set(out)] : out[0];
}

/**
 * Binds `Parameters` like PowerShell: names case-insensitive (unique prefixes allowed), unknown
 * names and missing mandatory parameters rejected with PowerShell's own messages.
 */
export function bind(specs: Record<string, ParamSpec>, input: unknown): Bound {
  if (input !== undefined && input !== null && (typeof input !== "object" || Array.isArray(input))) {
    throw exo.badRequest("CmdletInput.Parameters must be an object.");
  }
  const names = [...Object.keys(specs), ...COMMON];
  const bound: Bound = {};
  for (const [given, value] of Object.entries((input ?? {}) as Record<string, unknown>)) {
    const key = given.replace(/^-/, "");
    const exact = names.find((n) => n.toLowerCase() === key.toLowerCase());
    const prefixed = names.filter((n) => n.toLowerCase().startsWith(key.toLowerCase()));
    if (!exact && prefixed.length > 1) throw exo.parameterAmbiguous(key, prefixed);
    const name = exact ?? prefixed[0];
    if (!name || !key) throw exo.parameterNotFound(key);
    const spec = specs[name];
    if (spec) bound[name] = convert(name, spec, value);
  }
  const missing = Object.entries(specs).filter(([n, s]) => s.mandatory && bound[n] === undefined).map(([n]) => n);
  if (missing.length) throw exo.missingMandatory(missing);
  return bound;
}
