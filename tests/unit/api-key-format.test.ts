import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";

import { API_KEY_PATTERN, displayPrefix, generateApiKey, hashApiKey, parseApiKey } from "@/lib/auth/api-key-format";

describe("API key format", () => {
  it("generates tnt_<8 lowercase alphanumerics>_<43 base62> with its prefix and hash", () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key).toMatch(API_KEY_PATTERN);
    expect(key.startsWith(`tnt_${prefix}_`)).toBe(true);
    expect(prefix).toMatch(/^[a-z0-9]{8}$/);
    expect(hash).toBe(createHash("sha256").update(key).digest("hex"));
    expect(hashApiKey(key)).toBe(hash);
  });

  it("never repeats a key or a prefix across many draws", () => {
    const keys = Array.from({ length: 2000 }, () => generateApiKey());
    expect(new Set(keys.map((k) => k.key)).size).toBe(2000);
    expect(new Set(keys.map((k) => k.prefix)).size).toBe(2000);
  });

  it("uses the whole alphabet (no modulo bias collapsing it)", () => {
    const chars = new Set(Array.from({ length: 300 }, () => generateApiKey().key.slice(13)).join(""));
    expect(chars.size).toBe(62);
  });

  it("parses only well-formed keys", () => {
    const { key, prefix } = generateApiKey();
    expect(parseApiKey(key)).toEqual({ prefix });
    for (const bad of ["", "tnt_", `${key}x`, key.replace("tnt_", "tnx_"), key.toUpperCase(), `Bearer ${key}`, key.slice(0, -1)]) {
      expect(parseApiKey(bad), bad).toBeNull();
    }
  });

  it("shows only the prefix once created", () => {
    expect(displayPrefix("ab12cd34")).toBe("tnt_ab12cd34_…");
  });
});
