import { apiRoute } from "@/lib/api/handler";
import { prisma } from "@/lib/db/client";
import { appRegistrationSchema, saveAppRegistration } from "@/lib/sam/app-registration";
import { samDeps } from "@/lib/sam/deps";
import { readSamStatus } from "@/lib/sam/status";

/** Wizard step 1: validate the app credentials at the partner tenant and store them. Admin only. */
export const PUT = apiRoute({ roles: ["admin"] }, async ({ actor, body }) => {
  await saveAppRegistration(samDeps(), actor, await body(appRegistrationSchema));
  return readSamStatus(prisma);
});
