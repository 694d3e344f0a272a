import { z } from "zod";

import { parseMasterKey } from "@/lib/crypto/keyring";

// Field validators for lib/env.ts. Messages complete the sentence "<VARIABLE> ..." and never
// include the value, because several of these variables are secrets.

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DOMAIN = /^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/i;
export const UPN = /^[^@\s]+@([a-z0-9-]+\.)+[a-z]{2,}$/i;

// The key format is owned by lib/crypto; checking it here only moves the failure to boot time.
export const MASTER_KEY_FORMAT =
  'must be 32 random bytes in base64, optionally prefixed "<version>:"; generate one with: openssl rand -base64 32';
export function isMasterKey(spec: string): boolean {
  try {
    parseMasterKey(spec);
    return true;
  } catch {
    return false;
  }
}

export const required = (hint: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `is missing. ${hint}` : "must be text") });

export const httpUrl = (example: string, missing = "is missing.") =>
  z.url({
    protocol: /^https?$/,
    error: (issue) => (issue.input === undefined ? missing : `must be an http(s) URL such as ${example}`),
  });
