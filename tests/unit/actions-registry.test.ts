import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { actionInput, userRef } from "@/lib/actions/fields";
import { ACTIONS, describeAction } from "@/lib/actions/registry";
import { BODIES } from "@/lib/actions/registry.server";
import { RISKS, type AnyActionDefinition } from "@/lib/actions/types";
import { AUDIT_ACTIONS } from "@/lib/audit/events";
import { GUARDS } from "@/lib/authz/guards";
import { PERMISSIONS } from "@/lib/authz/permissions";

// STYLE pattern 6: the registry is walked, and an action missing any of what the executor, the UI,
// the audit log and the tests rely on fails here — including an integration test naming its id.

const root = path.resolve(__dirname, "../..");
const integrationFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? integrationFiles(path.join(dir, e.name)) : e.name.endsWith(".test.ts") ? [path.join(dir, e.name)] : []));
/** Each integration test file's source without comments, so a commented-out call does not count. */
const integrationSources = new Map(
  integrationFiles(path.join(root, "tests/integration")).map((f) => [path.relative(root, f), readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "")]),
);
const quoted = (id: string) => `["'\`]${id.replace(/[.]/g, "\\.")}["'\`]`;

/**
 * The id is tested the way lib/actions/README.md asks: an `actionMatrix({ id: "<id>", … })` call
 * (matrix.ts: every role, tenant and guard check), or — for an action whose input names no existing
 * user (user.create) — its own file tests/integration/actions/<id>.test.ts that walks ROLES and calls it.
 * A mere mention of the id (a string in another test, a comment) is not enough.
 */
function integrationTestFor(id: string): boolean {
  const matrix = new RegExp(`\\bactionMatrix\\(\\s*\\{[^{}]*?\\bid\\s*:\\s*${quoted(id)}`);
  if ([...integrationSources.values()].some((src) => matrix.test(src))) return true;
  const own = integrationSources.get(`tests/integration/actions/${id.replace(/[._]/g, "-")}.test.ts`);
  return !!own && /\bROLES\b/.test(own) && new RegExp(`\\bcallAction\\(\\s*${quoted(id)}`).test(own);
}

type Json = { type?: string; maxLength?: number; additionalProperties?: unknown; properties?: Record<string, Json>; items?: Json; anyOf?: Json[] };

/** Every string in the input has a length limit; every object refuses unknown fields. */
function unboundedInputs(schema: Json, at = "input"): string[] {
  const out: string[] = [];
  if (schema.type === "string" && schema.maxLength === undefined) out.push(`${at} has no maxLength`);
  if (schema.type === "object" && schema.additionalProperties !== false) out.push(`${at} accepts unknown fields`);
  for (const [k, v] of Object.entries(schema.properties ?? {})) out.push(...unboundedInputs(v, `${at}.${k}`));
  if (schema.items) out.push(...unboundedInputs(schema.items, `${at}[]`));
  for (const v of schema.anyOf ?? []) out.push(...unboundedInputs(v, at));
  return out;
}

function problems(def: AnyActionDefinition, key: string): string[] {
  const p: string[] = [];
  const need = (ok: unknown, what: string) => !ok && p.push(what);
  need(def.id === key && /^(user|mailbox|group|tenant)\.[a-z]+(_[a-z]+)*$/.test(def.id), "an id of the form <object>.<verb_noun> matching its key");
  need(def.title?.trim() && def.description?.trim(), "a title and a description");
  need(def.permission in PERMISSIONS, "a permission from lib/authz/permissions.ts");
  need((RISKS as readonly string[]).includes(def.risk), "a risk level");
  need(def.confirmation?.message?.trim(), "confirmation copy");
  need(!["high", "critical"].includes(def.risk) || def.confirmation?.typed, "a typed confirmation phrase (high/critical risk)");
  need(typeof def.audit?.target === "function" && Array.isArray(def.audit?.redact), "audit metadata (target and redacted fields)");
  need(Object.hasOwn(AUDIT_ACTIONS, def.id), "an audit label in lib/audit/events.ts");
  need(def.ui?.label?.trim() && def.ui?.success?.trim(), "UI copy (button label and success toast)");
  need(Array.isArray(def.invalidates) && def.invalidates.length > 0, "the query keys it invalidates");
  need(def.guards.every((g) => g in GUARDS), "known guard ids");
  need(!def.target.field || def.target.field in def.input.shape, "a target field that exists in its input");
  need(!def.guards.some((g) => GUARDS[g].needsTarget) || (def.target.kind === "user" && def.target.field), "a user target field for its object guards");
  p.push(...unboundedInputs(describeAction(def).input as Json));
  const body = (BODIES as Record<string, (typeof BODIES)[keyof typeof BODIES] | undefined>)[def.id];
  need(typeof body?.run === "function", "a server body (registry.server.ts)");
  need(!def.hasPreview || typeof body?.preview === "function", "a preview in its body (hasPreview)");
  need(integrationTestFor(def.id), `an integration test for "${def.id}": actionMatrix({ id: "${def.id}", … }) or its own role matrix in tests/integration/actions/${def.id.replace(/[._]/g, "-")}.test.ts`);
  return p;
}

describe("the action registry", () => {
  it("has actions", () => {
    expect(Object.keys(ACTIONS).length).toBeGreaterThan(0);
  });

  for (const [key, def] of Object.entries(ACTIONS)) {
    it(`${key} has everything an action needs`, () => {
      expect(problems(def, key)).toEqual([]);
    });
  }

  it("catches a definition that lacks things (the walk itself works)", () => {
    const broken = {
      ...ACTIONS["user.revoke_sessions"],
      id: "user.not_tested",
      risk: "critical",
      confirmation: { message: "" },
      ui: { label: "", success: "" },
      input: z.object({ user: z.string() }),
    } as unknown as AnyActionDefinition;
    const found = problems(broken, "user.not_tested").join("\n");
    for (const missing of ["typed confirmation", "confirmation copy", "audit label", "UI copy", "no maxLength", "unknown fields", "server body", "integration test"]) {
      expect(found).toContain(missing);
    }
  });

  // Each check on its own: a sound definition with one thing taken away has exactly that one problem.
  const sound = ACTIONS["user.revoke_sessions"];
  const lacking: [string, Partial<Record<keyof AnyActionDefinition, unknown>>, string][] = [
    ["no permission", { permission: undefined }, "a permission from lib/authz/permissions.ts"],
    ["an unknown permission", { permission: "users.everything" }, "a permission from lib/authz/permissions.ts"],
    ["no risk", { risk: undefined }, "a risk level"],
    ["an unknown risk", { risk: "medium" }, "a risk level"],
    ["no audit target", { audit: { redact: [] } }, "audit metadata (target and redacted fields)"],
    ["no redacted-fields list", { audit: { target: sound.audit.target } }, "audit metadata (target and redacted fields)"],
  ];
  for (const [what, patch, problem] of lacking) {
    it(`catches a definition with ${what}`, () => {
      expect(problems(sound, sound.id)).toEqual([]);
      expect(problems({ ...sound, ...patch } as AnyActionDefinition, sound.id)).toEqual([problem]);
    });
  }

  it("refuses OData injection, oversized and unknown fields at parse time", () => {
    const schema = actionInput({ user: userRef });
    for (const user of ["' or 1 eq 1", "a@b.com' or 1 eq 1", "a".repeat(400), "me", "../x"]) expect(schema.safeParse({ user }).success).toBe(false);
    expect(schema.safeParse({ user: "ann@contoso.com", extra: 1 }).success).toBe(false);
    expect(schema.safeParse({ user: "ann.lee@contoso.co.uk", ticket: "INC-42" }).success).toBe(true);
    expect(schema.safeParse({ user: "0f8fad5b-d9cb-469f-a165-70867728950e" }).success).toBe(true);
  });
});
