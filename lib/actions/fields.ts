import { z } from "zod";

// Input building blocks shared by action definitions. Everything that may reach a Microsoft URL or
// OData expression is pattern-checked here, so injection (`' or 1 eq 1`) never gets past parsing.

export const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Entra's UPN characters (letters, digits and . - _ ! # ^ ~) @ a domain. The apostrophe Entra also
 * allows is refused on purpose: it is OData's string delimiter; such users are addressed by object id.
 */
export const UPN_RE = /^[A-Za-z0-9._!#^~-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,63}$/;

/** A user named by object id (GUID) or sign-in name (UPN). */
export const userRef = z
  .string()
  .trim()
  .max(320, "is too long (at most 320 characters)")
  .refine((v) => GUID_RE.test(v) || UPN_RE.test(v), "must be the user's object id (GUID) or sign-in name (UPN)")
  .meta({ title: "User", description: "The user's object id (GUID) or sign-in name (UPN)." });

/** The service-desk ticket the action answers, recorded in the audit log. */
export const ticket = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(64, "is too long (at most 64 characters)")
  .regex(/^[\w#./:-]+(?: [\w#./:-]+)*$/, "may hold letters, digits, spaces and # . / : - _ only")
  .meta({ title: "Ticket", description: "The ticket this answers (PSA or service desk reference), recorded in the audit log." });

/** An action's input: the given fields plus the optional ticket, and nothing else. */
export const actionInput = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...shape, ticket: ticket.optional() });

/** A licence SKU (subscribedSkus skuId). */
export const skuId = z
  .string()
  .trim()
  .max(36, "is too long (at most 36 characters)")
  .regex(GUID_RE, "must be a licence SKU id (GUID)")
  .transform((v) => v.toLowerCase())
  .meta({ title: "Licence", description: "The licence SKU id (GUID) from the tenant's subscriptions." });

/** A group named by object id. */
export const groupId = z
  .string()
  .trim()
  .max(36, "is too long (at most 36 characters)")
  .regex(GUID_RE, "must be the group's object id (GUID)")
  .transform((v) => v.toLowerCase())
  .meta({ title: "Group", description: "The group's object id (GUID)." });
