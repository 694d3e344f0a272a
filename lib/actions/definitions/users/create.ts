import { z } from "zod";

import { actionInput, groupId, skuId, UPN_RE } from "../../fields";
import { defineAction } from "../../types";

export const createUser = defineAction({
  id: "user.create",
  title: "Create user",
  description: "Creates a member account on one of the tenant's verified domains with a generated password (shown once, changed at first sign-in), optionally with a licence and groups.",
  area: "identity",
  target: { kind: "user", field: "userPrincipalName" },
  input: actionInput({
    displayName: z.string().trim().min(1, "must not be empty").max(256, "is too long (at most 256 characters)").regex(/^[^\u0000-\u001f<>]*$/, "must not hold control characters or < >").meta({ title: "Display name" }),
    mailNickname: z.string().trim().min(1, "must not be empty").max(64, "is too long (at most 64 characters)").regex(/^[A-Za-z0-9._!#^~-]+$/, "may hold letters, digits and . _ ! # ^ ~ - only").meta({ title: "Mail nickname" }),
    userPrincipalName: z.string().trim().max(320, "is too long (at most 320 characters)").regex(UPN_RE, "must be a sign-in name (name@domain)").transform((v) => v.toLowerCase()).meta({ title: "Sign-in name" }),
    usageLocation: z.string().trim().max(2).regex(/^[A-Z]{2}$/, "must be a two-letter country code (ISO 3166-1, upper case)").meta({ title: "Usage location" }),
    skuId: skuId.optional(),
    groupIds: z.array(groupId).max(20, "at most 20 groups").optional().meta({ title: "Groups" }),
  }),
  permission: "users.create",
  risk: "low",
  confirmation: { message: "The account can sign in as soon as it exists. Give the password only to the person it is for." },
  approval: false,
  guards: ["partner_tenant"],
  // The generated password appears only in the response to whoever ran it.
  audit: { target: (input) => input.userPrincipalName, redact: ["password"] },
  invalidates: [["tenants", "{tenantId}", "users"], ["tenants", "{tenantId}", "licences"]],
  hasPreview: true,
  ui: { label: "Create user", success: "User created. Copy the password now: it is shown only once." },
});
