import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// "The token broker is the only code that decrypts credentials" (STYLE.md): getSecret may be called
// only by the secret store itself and the token broker. Everyone else asks the broker for a token.
const ALLOWED = [/^lib\/secrets\//, /^lib\/microsoft\/token-broker/, /^tests\//];
const SKIPPED_DIRS = new Set(["node_modules", ".next", ".data", ".git", "generated", "test-results"]);
const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(path.join(dir, entry.name));
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) ? [path.join(dir, entry.name)] : [];
  });
}

describe("secret access", () => {
  it("getSecret is called only from lib/secrets and lib/microsoft/token-broker", () => {
    const offenders = sourceFiles(root)
      .map((file) => path.relative(root, file).split(path.sep).join("/"))
      .filter((rel) => !ALLOWED.some((pattern) => pattern.test(rel)))
      .filter((rel) => /\bgetSecret\b/.test(readFileSync(path.join(root, rel), "utf8")));
    expect(offenders).toEqual([]);
  });
});
