import { unsupportedQuery } from "../errors";
import { syntax, tokenize, type Tok } from "./filter-lex";

/** A parsed OData `$filter` expression (the subset Graph's directory supports, plus `in` and lambdas). */
export type Expr =
  | { k: "and" | "or"; l: Expr; r: Expr }
  | { k: "not"; e: Expr }
  | { k: "cmp"; op: CmpOp; l: Operand; r: Operand }
  | { k: "in"; l: Operand; list: Literal[] }
  | { k: "fn"; name: "startswith" | "endswith"; prop: Operand; arg: Literal }
  | { k: "lambda"; kind: "any" | "all"; path: string[]; v?: string; e?: Expr };

export type CmpOp = "eq" | "ne" | "gt" | "ge" | "lt" | "le";
export type Literal = { k: "lit"; v: string | number | boolean | null; t: "string" | "number" | "boolean" | "null" | "guid" | "date" };
export type Operand = Literal | { k: "prop"; path: string[] };

const CMP = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);

/** Parses `$filter`; throws Graph's 400 for syntax errors and for functions the directory does not support. */
export function parseFilter(text: string): Expr {
  const toks = tokenize(text);
  let p = 0;
  const peek = () => toks[p]!;
  const next = () => toks[p++]!;
  const word = (w: string) => peek().t === "word" && peek().v.toLowerCase() === w;
  const expect = (t: Tok["t"]) => {
    if (peek().t !== t) throw syntax(text, peek().pos);
    return next();
  };

  const literal = (): Literal | undefined => {
    const t = peek();
    if (t.t === "str") return next(), { k: "lit", v: t.v, t: "string" };
    if (t.t === "num") return next(), { k: "lit", v: Number(t.v), t: "number" };
    if (t.t === "guid") return next(), { k: "lit", v: t.v.toLowerCase(), t: "guid" };
    if (t.t === "date") return next(), { k: "lit", v: t.v, t: "date" };
    if (word("true") || word("false")) return { k: "lit", v: next().v.toLowerCase() === "true", t: "boolean" };
    if (word("null")) return next(), { k: "lit", v: null, t: "null" };
    return undefined;
  };

  const operand = (): Operand | Expr => {
    const lit = literal();
    if (lit) return lit;
    const path = [expect("word").v];
    while (peek().t === "/") {
      next();
      const seg = expect("word").v;
      if ((seg === "any" || seg === "all") && peek().t === "(") {
        next();
        if (peek().t === ")") return next(), { k: "lambda", kind: seg, path };
        const v = expect("word").v;
        expect(":");
        const e = or();
        expect(")");
        return { k: "lambda", kind: seg, path, v, e };
      }
      path.push(seg);
    }
    return { k: "prop", path };
  };

  const primary = (): Expr => {
    if (peek().t === "(") {
      next();
      const e = or();
      expect(")");
      return e;
    }
    const t = peek();
    if (t.t === "word" && toks[p + 1]?.t === "(") {
      const name = t.v.toLowerCase();
      if (name !== "startswith" && name !== "endswith") {
        throw unsupportedQuery(`Unsupported property filter clause operator '${t.v[0]!.toUpperCase()}${t.v.slice(1)}'.`);
      }
      next(); next();
      const prop = operand();
      expect(",");
      const arg = literal();
      if (prop.k !== "prop" || !arg) throw syntax(text, peek().pos);
      expect(")");
      return { k: "fn", name, prop, arg };
    }
    const l = operand();
    if (l.k === "lambda") return l;
    if (l.k !== "prop" && l.k !== "lit") throw syntax(text, t.pos);
    const op = peek();
    if (op.t === "word" && op.v.toLowerCase() === "in") {
      next();
      expect("(");
      const list: Literal[] = [];
      do {
        const lit = literal();
        if (!lit) throw syntax(text, peek().pos);
        list.push(lit);
      } while (peek().t === "," && next());
      expect(")");
      return { k: "in", l, list };
    }
    if (op.t !== "word" || !CMP.has(op.v.toLowerCase())) throw syntax(text, op.pos);
    next();
    const r = operand();
    if (r.k !== "prop" && r.k !== "lit") throw syntax(text, op.pos);
    return { k: "cmp", op: op.v.toLowerCase() as CmpOp, l, r };
  };

  const unary = (): Expr => (word("not") ? (next(), { k: "not", e: unary() }) : primary());
  const and = (): Expr => {
    let l = unary();
    while (word("and")) next(), (l = { k: "and", l, r: unary() });
    return l;
  };
  function or(): Expr {
    let l = and();
    while (word("or")) next(), (l = { k: "or", l, r: and() });
    return l;
  }

  const e = or();
  if (peek().t !== "eof") throw syntax(text, peek().pos);
  return e;
}
