import { z } from "zod";

import { ROLES } from "./roles";

// Client-safe input schemas shared by the settings forms and the /api/v1 routes. (GUID is
// repeated from lib/env-fields, which imports node-only crypto code and so cannot reach the browser.)
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Give the key a name, e.g. the script or system that will use it.").max(80, "At most 80 characters."),
  role: z.enum(ROLES, { error: "Choose a role." }),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const createRoleMappingSchema = z
  .object({
    claimType: z.enum(["group", "app_role"], { error: "Choose a claim type." }),
    claimValue: z.string().trim().min(1, "Enter the group's object id or the app role's value.").max(200),
    label: z.string().trim().max(120, "At most 120 characters.").optional(),
    role: z.enum(ROLES, { error: "Choose a role." }),
  })
  .refine((m) => m.claimType !== "group" || GUID.test(m.claimValue), {
    path: ["claimValue"],
    message: "A group is identified by its object id (a GUID), as it appears in the groups claim.",
  });
export type CreateRoleMappingInput = z.infer<typeof createRoleMappingSchema>;
