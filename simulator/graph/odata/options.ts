import { badRequest, GraphError, unsupportedQuery } from "../errors";

export interface OrderBy {
  prop: string;
  desc: boolean;
}

export interface SearchClause {
  prop: string;
  term: string;
}

/** `$search="displayName:foo" OR "mail:bar"`: clauses joined by AND / OR (left to right). */
export interface SearchExpr {
  clauses: SearchClause[];
  joins: ("AND" | "OR")[];
}

export function parseSelect(text: string | undefined, props: Set<string>, typeName: string): string[] | undefined {
  if (text === undefined) return undefined;
  const list = text.split(",").map((s) => s.trim()).filter(Boolean);
  for (const p of list) {
    if (!props.has(p)) throw badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${p}' on type '${typeName}'.`, "BadRequest");
  }
  return list;
}

export function parseTop(text: string | undefined, maxTop: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) {
    throw badRequest(`Invalid value '${text}' for $top query option found. The $top query option requires a non-negative integer value.`, "BadRequest");
  }
  const n = Number(text);
  if (n < 1 || n > maxTop) throw unsupportedQuery(`Invalid page size specified: '${n}'. Must be between 1 and ${maxTop} inclusive.`);
  return n;
}

export function parseCount(text: string | undefined): boolean {
  if (text === undefined) return false;
  const v = text.trim().toLowerCase();
  if (v !== "true" && v !== "false") throw badRequest(`'${text}' is not a valid count option.`, "BadRequest");
  return v === "true";
}

export function parseOrderBy(text: string | undefined, sortable: string[], resource: string): OrderBy[] {
  if (text === undefined) return [];
  return text.split(",").map((part) => {
    const [prop, dir, ...extra] = part.trim().split(/\s+/);
    if (!prop || extra.length || (dir && !/^(asc|desc)$/i.test(dir))) throw badRequest(`Syntax error at position 0 in '${text}'.`, "BadRequest");
    if (!sortable.includes(prop)) throw unsupportedQuery(`Unsupported sort property '${prop}' for '${resource}'.`);
    return { prop, desc: dir?.toLowerCase() === "desc" };
  });
}

export function parseSearch(text: string | undefined, searchable: string[]): SearchExpr | undefined {
  if (text === undefined) return undefined;
  const re = /\s*"([^"]*)"\s*(AND|OR)?/gy;
  const expr: SearchExpr = { clauses: [], joins: [] };
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(text))) {
    const [prop, ...rest] = m[1]!.split(":");
    if (!rest.length || !prop) throw unsupportedQuery(`Invalid search clause '${m[1]}'. Use the form "property:value".`);
    if (!searchable.includes(prop)) throw unsupportedQuery(`Search on property '${prop}' is not supported.`);
    expr.clauses.push({ prop, term: rest.join(":").toLowerCase() });
    if (m[2]) expr.joins.push(m[2] as "AND" | "OR");
    end = re.lastIndex;
    if (!m[2]) break;
  }
  if (!expr.clauses.length || end !== text.length || expr.joins.length !== expr.clauses.length - 1) {
    throw badRequest(`Syntax error: character '${text[end] ?? text[0] ?? ""}' is not valid at position ${end} in '${text}'.`, "BadRequest");
  }
  return expr;
}

/** Tokenised prefix match, as the directory search index does: "wil" finds "Alex Wilber" and "wilber.a@…". */
function matches(value: unknown, term: string): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.some((v) => typeof v === "string" && (v.toLowerCase().startsWith(term) || v.toLowerCase().split(/[\s.@_\-:]+/).some((w) => w.startsWith(term))));
}

export function searchMatches(expr: SearchExpr, obj: Record<string, unknown>): boolean {
  let result = matches(obj[expr.clauses[0]!.prop], expr.clauses[0]!.term);
  expr.joins.forEach((j, i) => {
    const r = matches(obj[expr.clauses[i + 1]!.prop], expr.clauses[i + 1]!.term);
    result = j === "AND" ? result && r : result || r;
  });
  return result;
}

/** Opaque page token: an offset into the (re-evaluated, stable) result list. */
export function encodeSkipToken(offset: number): string {
  return `RFNwdAIA${Buffer.from(JSON.stringify({ o: offset })).toString("base64url")}`;
}

export function decodeSkipToken(token: string): number {
  try {
    const o = JSON.parse(Buffer.from(token.replace(/^RFNwdAIA/, ""), "base64url").toString()).o;
    if (Number.isInteger(o) && o >= 0) return o;
  } catch {
    // falls through to Graph's answer for a token it cannot use
  }
  throw new GraphError(400, "Directory_ExpiredPageToken", "The specified page token value has expired and can no longer be included in your request.");
}
