import { z } from "zod";

import { actionInput, userRef } from "../../fields";
import { defineAction } from "../../types";

const text = (title: string, max: number) =>
  z.string().trim().max(max, `is too long (at most ${max} characters)`).regex(/^[^\u0000-\u001f<>]*$/, "must not hold control characters or < >").meta({ title });
/** Optional fields may be cleared with null; displayName may not. */
const clearable = (title: string, max: number) => text(title, max).nullable().optional();

export const USER_UPDATE_FIELDS = ["displayName", "jobTitle", "department", "officeLocation", "mobilePhone", "usageLocation"] as const;

export const updateUser = defineAction({
  id: "user.update",
  title: "Edit user properties",
  description: "Changes the user's display name, job title, department, office, mobile phone or usage location. Only the fields given change.",
  area: "identity",
  target: { kind: "user", field: "user" },
  input: actionInput({
    user: userRef,
    displayName: text("Display name", 256).min(1, "must not be empty").optional(),
    jobTitle: clearable("Job title", 128),
    department: clearable("Department", 64),
    officeLocation: clearable("Office", 128),
    mobilePhone: clearable("Mobile phone", 64),
    usageLocation: z.string().trim().max(2).regex(/^[A-Z]{2}$/, "must be a two-letter country code (ISO 3166-1, upper case)").nullable().optional().meta({ title: "Usage location" }),
  }).refine((v) => USER_UPDATE_FIELDS.some((f) => v[f] !== undefined), { message: "Give at least one property to change.", path: ["displayName"] }),
  permission: "users.update",
  risk: "low",
  confirmation: { message: "The new values show in the address book, Teams and every app that reads the directory." },
  approval: false,
  guards: ["partner_tenant", "protected_account", "privileged_target"],
  audit: { target: (input) => input.user, redact: [] },
  invalidates: [["tenants", "{tenantId}", "users"], ["tenants", "{tenantId}", "users", "{target}"]],
  hasPreview: true,
  ui: { label: "Edit properties", success: "User properties saved." },
});
