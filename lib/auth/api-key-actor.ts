import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findActiveApiKey } from "./api-keys";
import type { Actor } from "./actor";

/** undefined = no Bearer header at all; "" = a Bearer header with nothing usable in it. */
export function bearerToken(authorization: string | null): string | undefined {
  if (!authorization) return undefined;
  const match = /^Bearer\s+(.*)$/i.exec(authorization.trim());
  return match ? match[1].trim() : "";
}

/**
 * A presented key either works or is an error saying why — never silently anonymous, so a
 * script with a revoked key fails loudly instead of falling through to a public response.
 */
export async function actorFromApiKey(raw: string): Promise<Actor | AppError> {
  const key = await findActiveApiKey(prisma, raw);
  if (!key) {
    return new AppError("API_KEY_INVALID", "The API key is unknown or has been revoked.", {
      fixIt: "Create a new key in Settings → API keys, or with: npm run admin -- api-key create --role <role> --name <name>",
    });
  }
  return { type: "api_key", id: key.id, name: key.name, role: key.role };
}
