/**
 * Contract check: every field of a Microsoft fixture must appear in our answer with the same
 * JSON type, recursively (arrays compare their first elements). Values may differ.
 * Returns the list of mismatches so a failing test names them all at once.
 */
export function shapeMismatches(fixture: unknown, actual: unknown, path = "$"): string[] {
  const t = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
  const ft = t(fixture);
  const at = t(actual);
  // Microsoft publishes null for many optional values: any type satisfies a null in the fixture.
  if (ft === "null") return [];
  if (ft !== at) return [`${path}: expected ${ft}, got ${at}`];
  if (ft === "array") {
    const f = fixture as unknown[];
    const a = actual as unknown[];
    if (!f.length) return [];
    if (!a.length) return [`${path}: expected a non-empty array to compare items`];
    return shapeMismatches(f[0], a[0], `${path}[0]`);
  }
  if (ft === "object") {
    const out: string[] = [];
    const a = actual as Record<string, unknown>;
    for (const [k, v] of Object.entries(fixture as Record<string, unknown>)) {
      if (!(k in a)) out.push(`${path}.${k}: missing`);
      else out.push(...shapeMismatches(v, a[k], `${path}.${k}`));
    }
    return out;
  }
  return [];
}

import { readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = join(__dirname, "..", "..", "..", "shared", "reference", "microsoft", "fixtures");

/** Loads a reference fixture; tolerates the trailing commas Microsoft's docs publish. */
export function fixture(name: string): unknown {
  const text = readFileSync(join(FIXTURES, name), "utf8").replace(/,(\s*[}\]])/g, "$1");
  return JSON.parse(text);
}
