import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { AppError, ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { DIAGNOSTIC_STEP_IDS, type FixAction } from "@/lib/tenants/types";
import { failedCall, FIX } from "@/lib/tenants/diagnostics/steps";

const ROOT = path.resolve(__dirname, "../..");
const TENANT = "0f6a7c2e-1b3d-4e5f-8a9b-0c1d2e3f4a5b";
// Microsoft admin portals a fix-it may send a technician to (partner context).
const MICROSOFT_HOSTS = new Set(["partner.microsoft.com", "admin.microsoft.com", "entra.microsoft.com", "admin.exchange.microsoft.com", "intune.microsoft.com"]);

/** Every page route under app/, as a pattern: route groups dropped, [param] matches one segment. */
function pageRoutes(dir = path.join(ROOT, "app"), prefix = ""): RegExp[] {
  const out: RegExp[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") out.push(new RegExp(`^${prefix || "/"}$`));
    if (!entry.isDirectory() || entry.name === "api" || entry.name.startsWith("_")) continue;
    const segment = /^\(.*\)$/.test(entry.name) ? "" : /^\[.*\]$/.test(entry.name) ? "/[^/]+" : `/${entry.name}`;
    out.push(...pageRoutes(path.join(dir, entry.name), prefix + segment));
  }
  return out;
}

const ROUTES = pageRoutes();

function resolves(href: string): boolean {
  if (href.startsWith("https://")) return MICROSOFT_HOSTS.has(new URL(href).host);
  if (!href.startsWith("/")) return false;
  const pathname = new URL(href, "http://tenantry.local").pathname;
  return ROUTES.some((r) => r.test(pathname));
}

/** Every fix a diagnostic step can carry: the FIX table, and failedCall for every error code we have. */
function everyFix(): FixAction[] {
  const fromTable = Object.values(FIX).map((make) => make(TENANT));
  const fromErrors = (Object.keys(ERROR_STATUS) as ErrorCode[]).flatMap((code) =>
    DIAGNOSTIC_STEP_IDS.map((id) => failedCall(id, TENANT, new AppError(code, "x")).fixAction).filter((f): f is FixAction => !!f),
  );
  return [...new Map([...fromTable, ...fromErrors].map((f) => [f.href, f])).values()];
}

describe("diagnostics fix-it links", () => {
  it("the route scan sees the app's pages (so the check below can fail)", () => {
    expect(resolves("/setup")).toBe(true);
    expect(resolves(`/tenants/${TENANT}`)).toBe(true);
    expect(resolves(`/tenants/${TENANT}/onboarding`)).toBe(false);
    expect(resolves("https://example.com/x")).toBe(false);
  });

  it.each(everyFix().map((f) => [f.action, f.href] as const))("%s → %s resolves to a page or a Microsoft portal", (_action, href) => {
    expect(resolves(href)).toBe(true);
  });

  it("diagnostic checks build fix links only through the FIX table", () => {
    const dir = path.join(ROOT, "lib/tenants/diagnostics");
    const inline = readdirSync(dir).filter((f) => f !== "steps.ts" && /\bhref\s*:/.test(readFileSync(path.join(dir, f), "utf8")));
    expect(inline).toEqual([]);
  });
});
