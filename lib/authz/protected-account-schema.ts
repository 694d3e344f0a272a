import { z } from "zod";

import { GUID_RE, UPN_RE } from "@/lib/actions/fields";

// Client-safe: the add form validates with the same rules the API applies.

export const protectedAccountSchema = z.strictObject({
  account: z
    .string()
    .trim()
    .max(320)
    .refine((v) => GUID_RE.test(v) || UPN_RE.test(v), "must be the user's object id (GUID) or sign-in name (UPN)")
    .transform((v) => v.toLowerCase()),
  reason: z.string().trim().max(200, "is too long (at most 200 characters)").optional(),
});

/** GET /api/v1/protected-accounts filters: `q` over account and reason, `tenant` one tenant id. */
export const protectedAccountQuerySchema = z.object({
  q: z.string().trim().max(200, "is too long (at most 200 characters)").optional(),
  tenant: z.string().trim().regex(GUID_RE, "must be a tenant id (GUID)").transform((v) => v.toLowerCase()).optional(),
});
