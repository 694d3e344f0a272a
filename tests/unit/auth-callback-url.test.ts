import { describe, expect, it } from "vitest";

import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { REFUSALS, isRefusalReason, signInNotice } from "@/lib/auth/messages";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackUrl("/settings/access?x=1")).toBe("/settings/access?x=1");
  });

  it("sends anything that could leave the site, or loop, to /", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, ["/a"], "/signin", "/api/auth/signout"]) {
      expect(safeCallbackUrl(bad), String(bad)).toBe("/");
    }
  });
});

describe("sign-in messages", () => {
  it("has the agreed refusal wording for a user without a role", () => {
    expect(REFUSALS.no_role.title).toBe("Your account has no Tenantry role — ask an admin to map one of your groups");
  });

  it("recognises only known refusal reasons", () => {
    expect(isRefusalReason("no_role")).toBe(true);
    expect(isRefusalReason("toString")).toBe(false);
    expect(isRefusalReason(undefined)).toBe(false);
  });

  it("explains expiry, sign-out and next-auth errors, and stays quiet otherwise", () => {
    expect(signInNotice(undefined, "expired")?.title).toMatch(/session has ended/);
    expect(signInNotice(undefined, "signed_out")?.title).toMatch(/signed out/);
    expect(signInNotice("OAuthCallback")?.title).toMatch(/did not complete/);
    expect(signInNotice("Configuration")?.text).toMatch(/TENANTRY_SIGNIN_/);
    expect(signInNotice()).toBeNull();
  });
});
