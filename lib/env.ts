import { z } from "zod";

import { DOMAIN, GUID, MASTER_KEY_FORMAT, UPN, httpUrl, isMasterKey, required } from "./env-fields";

/**
 * Server configuration, validated once. Every variable is documented in .env.example.
 *
 * - DATABASE_URL absent = demo mode: an embedded Postgres (PGlite) under the data folder, served over
 *   the Postgres protocol, so a fresh machine needs only Node. Production and CI set a real server.
 * - The four MICROSOFT_*_URL values are the only switch between Microsoft and the simulator; there is
 *   no other "dev mode".
 * - Secret values never appear in error messages; only variable names and what is wrong with them.
 */

const MICROSOFT_DEFAULTS = {
  MICROSOFT_IDENTITY_URL: "https://login.microsoftonline.com",
  MICROSOFT_GRAPH_URL: "https://graph.microsoft.com",
  MICROSOFT_PARTNER_CENTER_URL: "https://api.partnercenter.microsoft.com",
  MICROSOFT_EXCHANGE_URL: "https://outlook.office365.com",
} as const;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Base URLs are joined with paths later, so a trailing slash would produce "//". */
const baseUrl = (name: keyof typeof MICROSOFT_DEFAULTS) =>
  httpUrl(MICROSOFT_DEFAULTS[name])
    .default(MICROSOFT_DEFAULTS[name])
    .refine((url) => !/[?#]/.test(url), "must not contain a query string or fragment")
    .transform((url) => url.replace(/\/+$/, ""));

const fields = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection string")
    .optional(),
  TENANTRY_MASTER_KEY: z.string().refine(isMasterKey, MASTER_KEY_FORMAT).optional(),
  TENANTRY_MASTER_KEY_FILE: z.string().optional(),
  TENANTRY_MASTER_KEY_PREVIOUS: z
    .string()
    .refine(
      (list) => list.split(",").every((key) => !key.trim() || isMasterKey(key)),
      'must be a comma-separated list of previous master keys, each 32 bytes in base64 (optionally "<version>:")',
    )
    .optional(),
  NEXTAUTH_URL: httpUrl(
    "https://tenantry.example.com",
    "is missing. Set it to the URL technicians open Tenantry at, e.g. https://tenantry.example.com.",
  ),
  NEXTAUTH_SECRET: required("Generate one with: openssl rand -base64 32").min(
    32,
    "is too short (at least 32 characters; generate one with: openssl rand -base64 32)",
  ),
  MICROSOFT_IDENTITY_URL: baseUrl("MICROSOFT_IDENTITY_URL"),
  MICROSOFT_GRAPH_URL: baseUrl("MICROSOFT_GRAPH_URL"),
  MICROSOFT_PARTNER_CENTER_URL: baseUrl("MICROSOFT_PARTNER_CENTER_URL"),
  MICROSOFT_EXCHANGE_URL: baseUrl("MICROSOFT_EXCHANGE_URL"),
  TENANTRY_SIGNIN_TENANT_ID: z
    .string()
    .refine((v) => GUID.test(v) || DOMAIN.test(v), "must be a tenant ID (GUID) or a domain such as contoso.com")
    .optional(),
  TENANTRY_SIGNIN_CLIENT_ID: z.string().regex(GUID, "must be an application (client) ID GUID").optional(),
  TENANTRY_SIGNIN_CLIENT_SECRET: z.string().optional(),
  TENANTRY_BOOTSTRAP_ADMIN: z
    .string()
    .regex(UPN, "must be a user principal name such as admin@contoso.com")
    .transform((upn) => upn.toLowerCase())
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
});

export type EnvProblem = { variable: string; message: string };

const schema = fields.transform((cfg) => ({
  ...cfg,
  demoMode: cfg.DATABASE_URL === undefined,
  signInConfigured: cfg.TENANTRY_SIGNIN_CLIENT_ID !== undefined,
}));

const SIGN_IN = ["TENANTRY_SIGNIN_TENANT_ID", "TENANTRY_SIGNIN_CLIENT_ID", "TENANTRY_SIGNIN_CLIENT_SECRET"] as const;

/**
 * Rules spanning several variables. Checked on the raw values beside zod (whose object-level
 * refinements are skipped when a field fails), so one run reports every problem at once.
 */
function crossFieldProblems(raw: Record<string, string>): EnvProblem[] {
  const problems: EnvProblem[] = [];
  if (!raw.TENANTRY_MASTER_KEY && !raw.TENANTRY_MASTER_KEY_FILE) {
    problems.push({
      variable: "TENANTRY_MASTER_KEY",
      message: "is missing. Set TENANTRY_MASTER_KEY, or TENANTRY_MASTER_KEY_FILE to a file that holds the key.",
    });
  } else if (raw.TENANTRY_MASTER_KEY && raw.TENANTRY_MASTER_KEY_FILE) {
    problems.push({
      variable: "TENANTRY_MASTER_KEY_FILE",
      message: "is set together with TENANTRY_MASTER_KEY. Set only one, so it is clear which key is used.",
    });
  }
  // The technician sign-in app is optional until configured, but half a configuration is a mistake.
  const present = SIGN_IN.filter((name) => raw[name] !== undefined);
  if (present.length > 0 && present.length < SIGN_IN.length) {
    for (const name of SIGN_IN.filter((n) => raw[n] === undefined)) {
      problems.push({ variable: name, message: `is missing while ${present.join(" and ")} is set.` });
    }
  }
  return problems;
}

export type Env = z.output<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: EnvProblem[]) {
    const lines = problems.map((p) => `  - ${p.variable} ${p.message}`);
    super(
      `Invalid Tenantry configuration (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        `${lines.join("\n")}\nSee .env.example for every variable.`,
    );
    this.name = "EnvError";
  }
}

const KNOWN = fields.keyof().options;

/** Pure: reads only the given source. Blank values count as unset, as in most .env tooling. */
export function loadEnv(source: Record<string, string | undefined>): Env {
  const picked: Record<string, string> = {};
  for (const name of KNOWN) {
    const value = source[name]?.trim();
    if (value) picked[name] = value;
  }
  const result = schema.safeParse(picked);
  const problems = [
    ...(result.error?.issues ?? []).map((issue) => ({
      variable: String(issue.path[0] ?? "configuration"),
      message: issue.message,
    })),
    ...crossFieldProblems(picked),
  ];
  if (!result.success || problems.length > 0) throw new EnvError(problems);
  return result.data;
}

let cached: Env | undefined;

/** The validated configuration, parsed on first use so `next build` needs no runtime secrets. */
export function env(): Env {
  cached ??= loadEnv(process.env);
  return cached;
}
