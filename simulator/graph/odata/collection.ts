import type { Call, Out } from "../route";
import { badRequest, GraphError, unsupportedQuery } from "../errors";
import { advancedOperators, checkProperties, evaluate } from "./filter-eval";
import { parseFilter } from "./filter-parse";
import { decodeSkipToken, encodeSkipToken, parseCount, parseOrderBy, parseSearch, parseSelect, parseTop, searchMatches } from "./options";

/** How one entity type is exposed through OData: its properties, defaults and query capabilities. */
export interface EntitySpec<T> {
  typeName: string;
  /** the name Graph uses in messages, e.g. "User" */
  resource: string;
  /** "$metadata#users", "tenantRelationships/$metadata#delegatedAdminRelationships" */
  metadata: string;
  full: (item: T) => Record<string, unknown>;
  props: Set<string>;
  /** properties returned without $select; all when omitted */
  defaults?: string[];
  /** per-item defaults, for collections mixing entity types (group members) */
  defaultsOf?: (item: T) => string[] | undefined;
  /** control information shown before the properties (@odata.type, @odata.etag) */
  annotate?: (item: T) => Record<string, unknown>;
  /** directory objects follow the advanced-query rules (ConsistencyLevel: eventual) */
  directory?: boolean;
  sortable?: string[];
  searchable?: string[];
  pageSize: number;
  maxTop: number;
  /** properties only a single-entity GET may select */
  singleOnly?: Set<string>;
}

export function pick(full: Record<string, unknown>, props: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) out[p] = full[p];
  return out;
}

export function project<T>(spec: EntitySpec<T>, item: T, select?: string[]): Record<string, unknown> {
  const full = spec.full(item);
  const defaults = spec.defaultsOf?.(item) ?? spec.defaults;
  const body = select ? pick(full, select) : defaults ? pick(full, defaults) : full;
  return { ...spec.annotate?.(item), ...body };
}

const contextOf = (call: Call, metadata: string, select?: string[]) =>
  `${call.base}/${metadata}${select ? `(${select.join(",")})` : ""}`;

/** GET of one entity: honours $select and answers with the `$entity` context. */
export function entity<T>(call: Call, spec: EntitySpec<T>, item: T): Out {
  const select = parseSelect(call.query.select, spec.props, spec.typeName);
  return { body: { "@odata.context": `${contextOf(call, spec.metadata, select)}/$entity`, ...project(spec, item, select) } };
}

export const isEventual = (call: Call) => /^eventual$/i.test(String(call.req.headers.consistencylevel ?? ""));

/** Filters, searches, sorts and pages a list the way Graph does, including its refusals. */
export function matching<T>(call: Call, items: T[], spec: EntitySpec<T>): T[] {
  const q = call.query;
  const eventual = isEventual(call);
  const count = parseCount(q.count);
  if (q.skip !== undefined) throw badRequest("'$skip' is not supported by the service.");
  if (q.expand !== undefined) throw new GraphError(501, "NotImplemented", "$expand is not supported on this resource by the simulator.");
  if (q.search !== undefined && !spec.searchable) throw unsupportedQuery("Search is not supported on this resource.");
  const search = parseSearch(q.search, spec.searchable ?? []);
  if (spec.directory && search && !eventual) {
    throw unsupportedQuery("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
  }
  if (spec.directory && count && !eventual) throw badRequest("$count is not currently supported.");
  const filter = q.filter !== undefined ? parseFilter(q.filter) : undefined;
  if (filter) {
    checkProperties(filter, { typeName: spec.typeName, props: spec.props, directory: !!spec.directory });
    const advanced = spec.directory ? advancedOperators(filter) : [];
    if (advanced.length && !(eventual && count)) throw unsupportedQuery(`Filter operator '${advanced[0]}' is not supported.`);
  }
  const orderBy = parseOrderBy(q.orderby, spec.sortable ?? [], spec.resource);
  if (spec.directory && orderBy.length && (filter || search) && !(eventual && count)) {
    throw unsupportedQuery("Sorting not supported for current query.");
  }
  let rows = items.map((item) => ({ item, full: spec.full(item) }));
  if (filter) rows = rows.filter((r) => evaluate(filter, r.full));
  if (search) rows = rows.filter((r) => searchMatches(search, r.full));
  if (orderBy.length) {
    rows.sort((a, b) => {
      for (const o of orderBy) {
        const x = String(a.full[o.prop] ?? "").toLowerCase();
        const y = String(b.full[o.prop] ?? "").toLowerCase();
        if (x !== y) return (x < y ? -1 : 1) * (o.desc ? -1 : 1);
      }
      return 0;
    });
  }
  return rows.map((r) => r.item);
}

/** The collection response: @odata.context, @odata.count (first page), @odata.nextLink, value. */
export function collection<T>(call: Call, items: T[], spec: EntitySpec<T>, opts: { paged?: boolean } = {}): Out {
  const select = parseSelect(call.query.select, spec.props, spec.typeName);
  const single = select?.find((p) => spec.singleOnly?.has(p));
  if (single) throw new GraphError(501, "NotImplemented", "This operation target is not yet supported.");
  const top = parseTop(call.query.top, spec.maxTop);
  const rows = matching(call, items, spec);
  const offset = call.query.skiptoken !== undefined ? decodeSkipToken(call.query.skiptoken) : 0;
  const size = opts.paged === false ? rows.length : top ?? spec.pageSize;
  const page = rows.slice(offset, offset + size);
  const body: Record<string, unknown> = { "@odata.context": contextOf(call, spec.metadata, select) };
  if (parseCount(call.query.count) && call.query.skiptoken === undefined) body["@odata.count"] = rows.length;
  if (offset + size < rows.length) body["@odata.nextLink"] = nextLink(call, offset + size);
  body.value = page.map((item) => project(spec, item, select));
  return { body };
}

/** The same request again with a new $skiptoken; the other options are kept exactly as the caller sent them. */
function nextLink(call: Call, offset: number): string {
  const [path, raw = ""] = call.req.url.split("?");
  const kept = raw.split("&").filter((kv) => kv && !/^(%24|\$)?skiptoken=/i.test(kv));
  kept.push(`$skiptoken=${encodeSkipToken(offset)}`);
  return `${call.base.slice(0, call.base.indexOf("/graph.microsoft.com"))}${path}?${kept.join("&")}`;
}
