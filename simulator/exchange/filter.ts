import { valueOf, type Rec } from "./envelope";
import { exo } from "./errors";

/**
 * The basics of OPATH `-Filter`: comparisons (-eq -ne -like -notlike) on record properties,
 * combined with -and / -or / -not and parentheses. `$null`, `$true`, `$false` as values, so
 * the common hunt `ForwardingSmtpAddress -ne $null` works.
 */
type Pred = (r: Rec) => boolean;

const TOKEN = /\(|\)|'(?:[^']|'')*'|"[^"]*"|[^\s()]+/g;

export function compileFilter(text: string): Pred {
  const tokens = text.match(TOKEN) ?? [];
  let i = 0;
  const syntax = (): never => {
    throw exo.binding(`Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "Invalid filter syntax. For a description of the filter parameter syntax see the command help.\r\n"${text}" at position ${Math.max(1, text.indexOf(tokens[i] ?? "") + 1)}."`);
  };
  const peek = () => tokens[i]?.toLowerCase();
  const expr = (): Pred => {
    let left = term();
    while (peek() === "-or") {
      i++;
      const a = left, b = term();
      left = (r) => a(r) || b(r);
    }
    return left;
  };
  const term = (): Pred => {
    let left = factor();
    while (peek() === "-and") {
      i++;
      const a = left, b = factor();
      left = (r) => a(r) && b(r);
    }
    return left;
  };
  const factor = (): Pred => {
    if (peek() === "(") {
      i++;
      const inner = expr();
      if (tokens[i++] !== ")") syntax();
      return inner;
    }
    if (peek() === "-not") {
      i++;
      const inner = factor();
      return (r) => !inner(r);
    }
    const [prop, op, raw] = [tokens[i], tokens[i + 1]?.toLowerCase(), tokens[i + 2]];
    if (!prop || !op || raw === undefined || !["-eq", "-ne", "-like", "-notlike"].includes(op) || prop.startsWith("-")) return syntax();
    i += 3;
    return comparison(text, prop, op, literal(raw));
  };
  const pred = expr();
  if (i !== tokens.length) syntax();
  return pred;
}

function literal(raw: string): string | boolean | null {
  const l = raw.toLowerCase();
  if (l === "$null") return null;
  if (l === "$true" || l === "$false") return l === "$true";
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  if (raw.startsWith('"')) return raw.slice(1, -1);
  return raw;
}

function comparison(text: string, prop: string, op: string, want: string | boolean | null): Pred {
  const like = typeof want === "string" && op.endsWith("like")
    ? new RegExp(`^${want.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "i")
    : null;
  const one = (v: unknown): boolean => {
    if (want === null) return v === null || v === undefined || v === "";
    if (typeof want === "boolean") return v === want || String(v).toLowerCase() === String(want);
    if (like) return like.test(String(v ?? ""));
    return String(v ?? "").toLowerCase() === want.toLowerCase();
  };
  return (r) => {
    const { found, value } = valueOf(r, prop);
    if (!found) {
      throw exo.binding(`Cannot bind parameter 'Filter' to the target. Exception setting "Filter": ""${prop}" is not a recognized filterable property. For a complete list of filterable properties see the command help.\r\n"${text}" at position 1."`);
    }
    const hit = Array.isArray(value) ? (want === null ? value.length === 0 : value.some(one)) : one(value);
    return op === "-eq" || op === "-like" ? hit : !hit;
  };
}
