import { describe, expect, it } from "vitest";

import { EnvError, loadEnv } from "@/lib/env";

const valid = {
  NEXTAUTH_URL: "http://127.0.0.1:3100",
  NEXTAUTH_SECRET: "s".repeat(44),
  // 32 bytes of base64, the format lib/crypto's keyring accepts.
  TENANTRY_MASTER_KEY: Buffer.alloc(32, 7).toString("base64"),
};

/** Runs loadEnv expecting failure and returns the problems by variable name. */
function problemsOf(source: Record<string, string | undefined>): Record<string, string> {
  try {
    loadEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return Object.fromEntries((error as EnvError).problems.map((p) => [p.variable, p.message]));
  }
  throw new Error("expected loadEnv to fail");
}

describe("loadEnv", () => {
  it("defaults the Microsoft base URLs to the real hosts and runs in demo mode without DATABASE_URL", () => {
    const env = loadEnv(valid);
    expect(env.MICROSOFT_IDENTITY_URL).toBe("https://login.microsoftonline.com");
    expect(env.MICROSOFT_GRAPH_URL).toBe("https://graph.microsoft.com");
    expect(env.MICROSOFT_PARTNER_CENTER_URL).toBe("https://api.partnercenter.microsoft.com");
    expect(env.MICROSOFT_EXCHANGE_URL).toBe("https://outlook.office365.com");
    expect(env.LOG_LEVEL).toBe("info");
    expect(env.demoMode).toBe(true);
    expect(env.signInConfigured).toBe(false);
  });

  it("accepts simulator base URLs and strips a trailing slash", () => {
    const env = loadEnv({
      ...valid,
      MICROSOFT_IDENTITY_URL: "http://127.0.0.1:4010/login.microsoftonline.com/",
      MICROSOFT_GRAPH_URL: "http://127.0.0.1:4010/graph.microsoft.com",
      DATABASE_URL: "postgresql://tenantry@127.0.0.1:5432/tenantry",
    });
    expect(env.MICROSOFT_IDENTITY_URL).toBe("http://127.0.0.1:4010/login.microsoftonline.com");
    expect(env.MICROSOFT_GRAPH_URL).toBe("http://127.0.0.1:4010/graph.microsoft.com");
    expect(env.demoMode).toBe(false);
  });

  it("names every missing variable in one error", () => {
    const problems = problemsOf({});
    expect(Object.keys(problems).sort()).toEqual(["NEXTAUTH_SECRET", "NEXTAUTH_URL", "TENANTRY_MASTER_KEY"]);
    expect(problems.NEXTAUTH_SECRET).toMatch(/is missing.*openssl rand/);
  });

  it("treats blank values as unset", () => {
    expect(problemsOf({ ...valid, NEXTAUTH_SECRET: "   " }).NEXTAUTH_SECRET).toMatch(/is missing/);
    expect(loadEnv({ ...valid, DATABASE_URL: "" }).demoMode).toBe(true);
  });

  it("rejects invalid values with a message that says what is expected", () => {
    const problems = problemsOf({
      ...valid,
      MICROSOFT_GRAPH_URL: "graph.microsoft.com",
      MICROSOFT_EXCHANGE_URL: "ftp://outlook.office365.com",
      DATABASE_URL: "mysql://x",
      LOG_LEVEL: "verbose",
      TENANTRY_BOOTSTRAP_ADMIN: "not-an-upn",
    });
    expect(problems.MICROSOFT_GRAPH_URL).toMatch(/http\(s\) URL such as https:\/\/graph\.microsoft\.com/);
    expect(problems.MICROSOFT_EXCHANGE_URL).toMatch(/http\(s\) URL/);
    expect(problems.DATABASE_URL).toMatch(/postgres/);
    expect(problems.LOG_LEVEL).toMatch(/one of fatal, error/);
    expect(problems.TENANTRY_BOOTSTRAP_ADMIN).toMatch(/user principal name/);
  });

  it("accepts the master key from a file, but not both sources at once", () => {
    const { TENANTRY_MASTER_KEY: _key, ...withoutKey } = valid;
    expect(loadEnv({ ...withoutKey, TENANTRY_MASTER_KEY_FILE: "/run/secrets/master-key" }).TENANTRY_MASTER_KEY_FILE).toBe(
      "/run/secrets/master-key",
    );
    expect(problemsOf({ ...valid, TENANTRY_MASTER_KEY_FILE: "/run/secrets/master-key" })).toHaveProperty(
      "TENANTRY_MASTER_KEY_FILE",
    );
  });

  it("requires the technician sign-in app to be configured completely or not at all", () => {
    const problems = problemsOf({ ...valid, TENANTRY_SIGNIN_CLIENT_ID: "11111111-2222-3333-4444-555555555555" });
    expect(Object.keys(problems).sort()).toEqual(["TENANTRY_SIGNIN_CLIENT_SECRET", "TENANTRY_SIGNIN_TENANT_ID"]);
    const env = loadEnv({
      ...valid,
      TENANTRY_SIGNIN_TENANT_ID: "contoso.onmicrosoft.com",
      TENANTRY_SIGNIN_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
      TENANTRY_SIGNIN_CLIENT_SECRET: "secret",
      TENANTRY_BOOTSTRAP_ADMIN: "Admin@Contoso.com",
    });
    expect(env.signInConfigured).toBe(true);
    expect(env.TENANTRY_BOOTSTRAP_ADMIN).toBe("admin@contoso.com");
  });

  it("reports field and cross-field problems together", () => {
    const problems = problemsOf({ NEXTAUTH_URL: "nope" });
    expect(Object.keys(problems).sort()).toEqual(["NEXTAUTH_SECRET", "NEXTAUTH_URL", "TENANTRY_MASTER_KEY"]);
  });

  it("checks the master key format at boot, including previous keys", () => {
    const problems = problemsOf({
      ...valid,
      TENANTRY_MASTER_KEY: "not-a-32-byte-key",
      TENANTRY_MASTER_KEY_PREVIOUS: `${valid.TENANTRY_MASTER_KEY},short`,
    });
    expect(problems.TENANTRY_MASTER_KEY).toMatch(/32 random bytes in base64/);
    expect(problems.TENANTRY_MASTER_KEY_PREVIOUS).toMatch(/comma-separated/);
    expect(loadEnv({ ...valid, TENANTRY_MASTER_KEY: `2:${valid.TENANTRY_MASTER_KEY}` }).TENANTRY_MASTER_KEY).toMatch(/^2:/);
  });

  it("never echoes secret values in the error message", () => {
    const secret = "short-but-secret";
    try {
      loadEnv({ ...valid, NEXTAUTH_SECRET: secret, TENANTRY_MASTER_KEY: secret });
      throw new Error("expected loadEnv to fail");
    } catch (error) {
      expect((error as Error).message).toMatch(/NEXTAUTH_SECRET is too short/);
      expect((error as Error).message).not.toContain(secret);
    }
  });
});
