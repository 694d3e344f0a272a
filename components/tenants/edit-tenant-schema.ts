import { z } from "zod";

/** Tags are typed as one comma-separated line; this is the one place that splits and cleans them. */
export function parseTags(line: string): string[] {
  const seen = new Set<string>();
  for (const raw of line.split(",")) {
    const tag = raw.trim();
    if (tag && ![...seen].some((t) => t.toLowerCase() === tag.toLowerCase())) seen.add(tag);
  }
  return [...seen];
}

// Mirrors tenantPatchSchema (lib/tenants/update.ts, server-only) so most mistakes show before a round trip.
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _.:/-]*$/u;

export const editTenantSchema = z.object({
  alias: z.string().trim().max(100, "An alias has at most 100 characters."),
  tags: z
    .string()
    .refine((line) => parseTags(line).length <= 20, "At most 20 tags.")
    .refine((line) => parseTags(line).every((t) => t.length <= 40), "A tag has at most 40 characters.")
    .refine((line) => parseTags(line).every((t) => TAG.test(t)), "A tag starts with a letter or digit and uses letters, digits, spaces and _ . : / - only."),
});

export type EditTenantInput = z.infer<typeof editTenantSchema>;
