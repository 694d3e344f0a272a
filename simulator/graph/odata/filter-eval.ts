import { badRequest, unsupportedQuery } from "../errors";
import type { Expr, Literal, Operand } from "./filter-parse";

export interface FilterSchema {
  /** e.g. "microsoft.graph.user" */
  typeName: string;
  /** top-level property names of the entity */
  props: Set<string>;
  /** directory objects: ne / not / endsWith need ConsistencyLevel: eventual and $count=true */
  directory: boolean;
}

/** Operators that only work as "advanced queries" on directory objects, with the name Graph reports. */
export function advancedOperators(e: Expr): string[] {
  switch (e.k) {
    case "and": case "or": return [...advancedOperators(e.l), ...advancedOperators(e.r)];
    case "not": return ["Not", ...advancedOperators(e.e)];
    case "cmp": return e.op === "ne" ? ["NotEqualsMatch"] : [];
    case "fn": return e.name === "endswith" ? ["EndsWith"] : [];
    case "lambda": return e.e ? advancedOperators(e.e) : [];
    default: return [];
  }
}

/** Rejects properties the entity does not have, before any object is looked at. */
export function checkProperties(e: Expr, schema: FilterSchema, vars: string[] = []): void {
  const check = (o: Operand) => {
    if (o.k !== "prop" || vars.includes(o.path[0]!)) return;
    if (!schema.props.has(o.path[0]!)) {
      throw badRequest(`Could not find a property named '${o.path[0]}' on type '${schema.typeName}'.`, "BadRequest");
    }
  };
  switch (e.k) {
    case "and": case "or": checkProperties(e.l, schema, vars); checkProperties(e.r, schema, vars); break;
    case "not": checkProperties(e.e, schema, vars); break;
    case "cmp": check(e.l); check(e.r); break;
    case "in": check(e.l); break;
    case "fn": check(e.prop); break;
    case "lambda":
      check({ k: "prop", path: e.path });
      if (e.e) checkProperties(e.e, schema, [...vars, ...(e.v ? [e.v] : [])]);
      break;
  }
}

type Scope = Record<string, unknown>;

function resolve(o: Operand, obj: Record<string, unknown>, scope: Scope): unknown {
  if (o.k === "lit") return o.v;
  const [head, ...rest] = o.path;
  let v: unknown = head! in scope ? scope[head!] : obj[head!];
  for (const seg of rest) v = v && typeof v === "object" ? (v as Record<string, unknown>)[seg] : undefined;
  return v === undefined ? null : v;
}

const kind = (v: unknown) => (v === null ? "null" : typeof v);

function incompatible(a: unknown, lit: Literal): boolean {
  if (a === null || lit.t === "null") return false;
  const want = lit.t === "guid" || lit.t === "date" ? "string" : lit.t;
  return kind(a) !== want;
}

const norm = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : v);

function compare(op: string, a: unknown, b: unknown): boolean {
  const x = norm(a);
  const y = norm(b);
  switch (op) {
    case "eq": return x === y;
    case "ne": return x !== y;
    default: {
      if (x === null || y === null) return false;
      const c = (x as number | string) < (y as number | string) ? -1 : x === y ? 0 : 1;
      return op === "gt" ? c > 0 : op === "ge" ? c >= 0 : op === "lt" ? c < 0 : c <= 0;
    }
  }
}

const EDM: Record<string, string> = { string: "Edm.String", boolean: "Edm.Boolean", number: "Edm.Int32", null: "null", object: "Edm.ComplexType" };

/** Evaluates a parsed filter against one fully serialised entity (directory string matches ignore case). */
export function evaluate(e: Expr, obj: Record<string, unknown>, scope: Scope = {}): boolean {
  switch (e.k) {
    case "and": return evaluate(e.l, obj, scope) && evaluate(e.r, obj, scope);
    case "or": return evaluate(e.l, obj, scope) || evaluate(e.r, obj, scope);
    case "not": return !evaluate(e.e, obj, scope);
    case "cmp": {
      const a = resolve(e.l, obj, scope);
      const b = resolve(e.r, obj, scope);
      const lit = e.r.k === "lit" ? e.r : e.l.k === "lit" ? e.l : undefined;
      const val = e.r.k === "lit" ? a : b;
      if (lit && incompatible(val, lit)) {
        throw badRequest(
          `A binary operator with incompatible types was detected. Found operand types '${EDM[kind(val)] ?? kind(val)}' and '${lit.t === "guid" ? "Edm.Guid" : EDM[lit.t] ?? lit.t}' for operator kind '${e.op}'.`,
          "BadRequest",
        );
      }
      return compare(e.op, a, b);
    }
    case "in": {
      const a = resolve(e.l, obj, scope);
      return e.list.some((l) => compare("eq", a, l.v));
    }
    case "fn": {
      const a = resolve(e.prop, obj, scope);
      if (typeof a !== "string") return false;
      const arg = String(e.arg.v).toLowerCase();
      return e.name === "startswith" ? a.toLowerCase().startsWith(arg) : a.toLowerCase().endsWith(arg);
    }
    case "lambda": {
      const coll = resolve({ k: "prop", path: e.path }, obj, scope);
      if (!Array.isArray(coll)) throw unsupportedQuery(`Lambda expressions are only supported on collection properties: '${e.path.join("/")}'.`);
      if (!e.e || !e.v) return e.kind === "any" ? coll.length > 0 : true;
      const test = (item: unknown) => evaluate(e.e!, obj, { ...scope, [e.v!]: item });
      return e.kind === "any" ? coll.some(test) : coll.every(test);
    }
  }
}
