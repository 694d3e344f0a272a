import { z } from "zod";

import { createUser } from "@/lib/actions/definitions/users/create";

/**
 * The form's fields (sign-in name as username + domain) mapped onto user.create's own input
 * schema, so the browser refuses exactly what the server would.
 */
export const createUserForm = z
  .object({
    displayName: z.string(),
    mailNickname: z.string(),
    domain: z.string(),
    usageLocation: z.string(),
    skuId: z.string(),
    groupIds: z.array(z.string()),
  })
  .transform((v) => ({
    displayName: v.displayName,
    mailNickname: v.mailNickname,
    userPrincipalName: `${v.mailNickname.trim()}@${v.domain}`,
    usageLocation: v.usageLocation.trim().toUpperCase(),
    ...(v.skuId ? { skuId: v.skuId } : {}),
    ...(v.groupIds.length ? { groupIds: v.groupIds } : {}),
  }))
  .pipe(createUser.input);

export type CreateUserFields = z.input<typeof createUserForm>;
export type CreateUserInput = z.output<typeof createUserForm>;
