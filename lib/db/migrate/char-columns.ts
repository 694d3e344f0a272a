import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlQueryable, SqlResultSet } from "@prisma/driver-adapter-utils";
import pg from "pg";

// The schema engine reads pg_catalog columns of Postgres's internal `"char"` type (OID 18), e.g.
// pg_constraint.contype. adapter-pg 7.10 refuses to decode OID 18, and merely relabelling it as text
// is not enough: the engine then panics reading CHECK constraints, because it wants a Character
// value. So the pg client relabels the column as text and tags its name; the adapter wrapper strips
// the tag and reports the column as Character. The tag travels with each result, so concurrent
// queries cannot mix up which columns were "char".

const CHAR_OID = 18;
const TEXT_OID = 25;
const CHAR_TAG = "\u0000pg_char\u0000";

type Fields = { fields?: { dataTypeID: number; name: string }[] };

function tagCharColumns<T>(result: T): T {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as Fields | undefined)?.fields ?? []) {
      if (field.dataTypeID !== CHAR_OID) continue;
      field.dataTypeID = TEXT_OID;
      field.name = CHAR_TAG + field.name;
    }
  }
  return result;
}

/** A pg.Client whose results carry tagged text columns in place of `"char"` ones. */
export class CharTaggingClient extends pg.Client {
  // pg.Client.query has a dozen overloads; this forwards all of them unchanged.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const forward = super.query as (...a: unknown[]) => unknown;
    const callbackAt = args.findIndex((arg) => typeof arg === "function");
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (err: Error | null, res: unknown) => void;
      args[callbackAt] = (err: Error | null, res: unknown) => callback(err, err ? res : tagCharColumns(res));
      return forward.apply(this, args);
    }
    const returned = forward.apply(this, args);
    return returned instanceof Promise ? returned.then(tagCharColumns) : returned;
  }
}

function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  result.columnNames.forEach((name, i) => {
    if (!name.startsWith(CHAR_TAG)) return;
    result.columnNames[i] = name.slice(CHAR_TAG.length);
    result.columnTypes[i] = ColumnTypeEnum.Character;
  });
  return result;
}

function restoreOn<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => restoreCharColumns(await queryRaw(query));
  return queryable;
}

/** Wraps an adapter built on CharTaggingClient, including the transactions it starts. */
export function withCharColumns<T extends SqlDriverAdapter>(adapter: T): T {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => restoreOn(await startTransaction(isolationLevel));
  return restoreOn(adapter);
}
