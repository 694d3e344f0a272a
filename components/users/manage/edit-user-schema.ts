import { z } from "zod";

import { updateUser, USER_UPDATE_FIELDS } from "@/lib/actions/definitions/users/update";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";

export type EditUserFields = Record<(typeof USER_UPDATE_FIELDS)[number], string>;

export const editDefaults = (user: UserDetail): EditUserFields =>
  Object.fromEntries(USER_UPDATE_FIELDS.map((f) => [f, user[f] ?? ""])) as EditUserFields;

/**
 * Only the fields that differ from the user are sent (a cleared optional one as null), then
 * user.update's own schema checks them, including its "give at least one property" rule.
 */
export const editUserForm = (user: UserDetail) =>
  z
    .object(Object.fromEntries(USER_UPDATE_FIELDS.map((f) => [f, z.string()])) as Record<keyof EditUserFields, z.ZodString>)
    .transform((v) => {
      const changed: Record<string, string | null> = {};
      for (const f of USER_UPDATE_FIELDS) {
        const next = f === "usageLocation" ? v[f].trim().toUpperCase() : v[f].trim();
        if (next !== (user[f] ?? "")) changed[f] = next === "" && f !== "displayName" ? null : next;
      }
      return { user: user.id, ...changed };
    })
    .pipe(updateUser.input);

export type EditUserInput = z.output<ReturnType<typeof editUserForm>>;
