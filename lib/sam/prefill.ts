import type { PrismaClient } from "../generated/prisma/client";
import { createSecretStore, type SecretStore } from "../secrets/store";
import { SINGLETON } from "./deps";
import { storeRegistration } from "./registration";

/**
 * Demo/e2e launcher: stores the simulator's SAM app registration (secret encrypted) so the wizard
 * opens pre-filled with "a client secret is stored". Consent is still done interactively. A
 * connection already made with this same app is left alone, so restarting the demo keeps it.
 * Uses the process keyring: set the master key in the environment first.
 */
export async function prefillSamApp(
  prisma: PrismaClient,
  app: { partnerTenantId: string; clientId: string; clientSecret: string },
  secrets: Pick<SecretStore, "putSecret" | "deleteSecret"> = createSecretStore(prisma),
): Promise<"stored" | "kept"> {
  const existing = await prisma.samConnection.findUnique({ where: SINGLETON });
  const same =
    existing?.clientSecretId &&
    existing.partnerTenantId.toLowerCase() === app.partnerTenantId.toLowerCase() &&
    existing.clientId.toLowerCase() === app.clientId.toLowerCase();
  if (same) return "kept";
  await storeRegistration(prisma, secrets, { ...app, validated: false });
  return "stored";
}
