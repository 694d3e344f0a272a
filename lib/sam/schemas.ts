import { z } from "zod";

// Client-safe: the wizard's form and the /api/sam route share this. (GUID and DOMAIN are repeated
// from lib/env-fields, which imports node-only crypto code and so cannot reach the browser.)
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/i;

export const appRegistrationSchema = z.object({
  partnerTenantId: z
    .string()
    .trim()
    .refine((v) => GUID.test(v) || DOMAIN.test(v), "Enter the tenant ID (a GUID) or a domain such as contoso.onmicrosoft.com."),
  clientId: z.string().trim().regex(GUID, "Enter the application (client) ID, a GUID."),
  clientSecret: z
    .string()
    .trim()
    .max(1024)
    .optional()
    .transform((v) => v || undefined),
});

export type AppRegistrationInput = z.input<typeof appRegistrationSchema>;
