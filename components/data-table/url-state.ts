/**
 * A server-driven table's state, as it lives in the URL. Pure and client-safe: the page (server
 * component) parses the same search params to prefetch the first page under the same query key the
 * browser will ask for, so hydration finds the data instead of refetching it.
 */
export type SortDir = "asc" | "desc";

export interface TableUrlConfig {
  /** Search-param names of the faceted filters, e.g. ["gdap", "consent"]. */
  filterKeys: readonly string[];
  /** Sort keys the API accepts; anything else in the URL is ignored rather than sent. */
  sorts: readonly string[];
  defaultSort: string;
  defaultDir: SortDir;
  pageSizes: readonly number[];
  defaultPageSize: number;
}

export interface TableQuery {
  q: string;
  filters: Record<string, string[]>;
  sort: string;
  dir: SortDir;
  page: number;
  pageSize: number;
  /** Column ids the viewer hid with the column chooser (kept in the URL so a shared view matches). */
  hidden: string[];
}

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(source: ParamSource, key: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
  const value = source[key];
  return Array.isArray(value) ? value[0] : value;
}

const list = (value: string | undefined) => (value ? value.split(",").map((v) => v.trim()).filter(Boolean) : []);

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function parseTableQuery(source: ParamSource, config: TableUrlConfig): TableQuery {
  const filters: Record<string, string[]> = {};
  for (const key of config.filterKeys) {
    const values = list(read(source, key));
    if (values.length) filters[key] = values;
  }
  const sort = read(source, "sort");
  const dir = read(source, "dir");
  const pageSize = positiveInt(read(source, "pageSize"), config.defaultPageSize);
  return {
    q: read(source, "q")?.trim() ?? "",
    filters,
    sort: sort && config.sorts.includes(sort) ? sort : config.defaultSort,
    dir: dir === "asc" || dir === "desc" ? dir : config.defaultDir,
    page: positiveInt(read(source, "page"), 1),
    pageSize: config.pageSizes.includes(pageSize) ? pageSize : config.defaultPageSize,
    hidden: list(read(source, "hide")),
  };
}

/** The filters alone (search + facets + sort): what the CSV export and the API share. */
function filterParams(query: TableQuery, config: TableUrlConfig): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of config.filterKeys) {
    const values = query.filters[key];
    if (values?.length) params.set(key, values.join(","));
  }
  if (query.sort !== config.defaultSort || query.dir !== config.defaultDir) {
    params.set("sort", query.sort);
    params.set("dir", query.dir);
  }
  return params;
}

/** For the address bar: defaults left out so a plain list is a plain URL. */
export function toUrlParams(query: TableQuery, config: TableUrlConfig): URLSearchParams {
  const params = filterParams(query, config);
  if (query.page !== 1) params.set("page", String(query.page));
  if (query.pageSize !== config.defaultPageSize) params.set("pageSize", String(query.pageSize));
  if (query.hidden.length) params.set("hide", query.hidden.join(","));
  return params;
}

/** For the JSON API: always explicit paging, never view-only state. Also the query-key string. */
export function toApiParams(query: TableQuery, config: TableUrlConfig): string {
  const params = filterParams(query, config);
  params.set("page", String(query.page));
  params.set("pageSize", String(query.pageSize));
  return params.toString();
}

/** For the CSV export: every matching row, so no paging. */
export function toExportParams(query: TableQuery, config: TableUrlConfig): string {
  return filterParams(query, config).toString();
}

export function hasActiveFilters(query: TableQuery): boolean {
  return query.q !== "" || Object.values(query.filters).some((v) => v.length > 0);
}
