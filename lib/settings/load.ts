import type { z } from "zod";

import type { Db } from "@/lib/db/types";

/**
 * One admin-edited Setting, parsed by its owner's schema: `missing` when it was never saved,
 * `unreadable` when the stored value no longer parses (each owner picks its fail-closed value).
 */
export async function loadSetting<S extends z.ZodType>(db: Db, key: string, schema: S, o: { missing: z.output<S>; unreadable: z.output<S> }): Promise<z.output<S>> {
  const row = await db.setting.findUnique({ where: { key } });
  if (!row) return o.missing;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : o.unreadable;
}
