import type { ZodError } from "zod";

import { zodFields } from "@/lib/api/errors";

/** zod issues as field errors; an unknown field is reported under its own name. */
export function inputFields(error: ZodError): Record<string, string[]> {
  const fields = zodFields(error);
  for (const issue of error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    for (const key of issue.keys) (fields[[...issue.path, key].join(".")] ??= []).push("is not a field of this action");
    const root = issue.path.length ? issue.path.join(".") : "_";
    fields[root] = (fields[root] ?? []).filter((m) => m !== issue.message);
    if (!fields[root].length) delete fields[root];
  }
  return fields;
}
